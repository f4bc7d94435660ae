import type { Violation } from '../../common/errors/api-error.js';

export const PASSWORD_MIN_LENGTH = 6;
export const PASSWORD_MAX_LENGTH = 10;

/**
 * The bank's rule for a password the user chooses: 6 to 10 characters (the Standard channel's
 * rule, applied to every channel), at least one letter and one digit, printable ASCII, and not the
 * password it replaces. Returns the broken rules, none when the password is acceptable.
 */
export function passwordViolations(candidate: string, current: string): Violation[] {
  const violations: Violation[] = [];
  const add = (code: string, message: string) => violations.push({ field: 'newPassword', code, message });
  if (candidate.length < PASSWORD_MIN_LENGTH || candidate.length > PASSWORD_MAX_LENGTH) {
    add('LENGTH', `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`);
  }
  if (!/^[\x21-\x7e]*$/.test(candidate)) add('CHARACTERS', 'Use Latin letters, digits and punctuation only.');
  if (!/[A-Za-z]/.test(candidate) || !/[0-9]/.test(candidate)) {
    add('LETTER_AND_DIGIT', 'Use at least one letter and one digit.');
  }
  if (candidate === current) add('UNCHANGED', 'Choose a password different from the current one.');
  return violations;
}
