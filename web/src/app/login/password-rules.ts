/** The backend's password rules (backend auth/passwords/password-policy.ts), checked as one types. */
export interface PasswordCheck {
  readonly length: boolean;
  readonly characters: boolean;
  readonly letterAndDigit: boolean;
  readonly changed: boolean;
}

export const PASSWORD_MIN_LENGTH = 6;
export const PASSWORD_MAX_LENGTH = 10;

export function checkPassword(candidate: string, current: string): PasswordCheck {
  return {
    length: candidate.length >= PASSWORD_MIN_LENGTH && candidate.length <= PASSWORD_MAX_LENGTH,
    characters: /^[\x21-\x7e]*$/.test(candidate),
    letterAndDigit: /[A-Za-z]/.test(candidate) && /[0-9]/.test(candidate),
    changed: candidate !== '' && candidate !== current,
  };
}

export function passwordAcceptable(check: PasswordCheck): boolean {
  return check.length && check.characters && check.letterAndDigit && check.changed;
}
