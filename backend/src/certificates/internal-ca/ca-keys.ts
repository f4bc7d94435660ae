import { randomBytes, webcrypto } from 'node:crypto';

/** The CA signs with RSASSA-PKCS1-v1_5 and SHA-256, as the National Certification Authority's RSA CAs do. */
export const CA_SIGNING_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export function generateCaKeys(modulusLength: number): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(
    { ...CA_SIGNING_ALGORITHM, modulusLength, publicExponent: new Uint8Array([1, 0, 1]) },
    // Extractable once, to be sealed into the database; the loaded copy is not.
    true,
    ['sign', 'verify'],
  );
}

export function importCaPrivateKey(pkcs8: Buffer): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', pkcs8, CA_SIGNING_ALGORITHM, false, ['sign']);
}

/**
 * A serial number of 16 random bytes (RFC 5280 allows 20; CA/Browser practice wants 64+ random
 * bits), positive and without a leading zero byte, so its hexadecimal form is canonical.
 */
export function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return bytes.toString('hex');
}
