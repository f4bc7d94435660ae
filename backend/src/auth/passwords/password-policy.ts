import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  brokenPasswordRules,
  type PasswordRule,
} from '@qoltanba/workflows/domain';
import type { Violation } from '../../common/errors/feature-error.js';

const RULE_MESSAGES: Record<PasswordRule, string> = {
  LENGTH: `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
  CHARACTERS: 'Use Latin letters, digits and punctuation only.',
  LETTER_AND_DIGIT: 'Use at least one letter and one digit.',
  UNCHANGED: 'Choose a password different from the current one.',
};

/** The shared password rules a new password breaks, as the API's violations of `newPassword`. */
export function passwordViolations(candidate: string, current: string): Violation[] {
  return brokenPasswordRules(candidate, current).map((code) => ({
    field: 'newPassword',
    code,
    message: RULE_MESSAGES[code],
  }));
}
