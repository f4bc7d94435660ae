import argon2, { type HashOptions } from 'argon2';

/**
 * Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory-hard, with a random
 * 16-byte salt per hash, kept in the self-describing PHC string (`$argon2id$v=19$m=…`), so the
 * parameters can be raised later and old hashes still verify. argon2's verify compares in constant
 * time. Used for passwords and OTP-card PINs; random session tokens are hashed with SHA-256 instead.
 */
export const ARGON2_OPTIONS: HashOptions = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export class PasswordHasher {
  /** A hash of nothing anyone knows: verified against when the account is unknown, so timing tells nothing. */
  private dummy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      this.dummy ??= this.hash('no account has this password');
      await argon2.verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
