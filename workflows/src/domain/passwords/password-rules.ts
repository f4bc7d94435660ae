export const PASSWORD_MIN_LENGTH = 6;
export const PASSWORD_MAX_LENGTH = 10;

/** Each rule a chosen password must keep; the codes are the API's violation codes too. */
export const PASSWORD_RULES = ['LENGTH', 'CHARACTERS', 'LETTER_AND_DIGIT', 'UNCHANGED'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

/**
 * The bank's rule for a password the user chooses: 6 to 10 characters (the Standard channel's
 * rule, applied to every channel), at least one letter and one digit, printable ASCII, and not the
 * password it replaces. The server enforces it; the log-in screen ticks each rule off as one types.
 */
export function passwordRulesKept(candidate: string, current: string): Record<PasswordRule, boolean> {
  return {
    LENGTH: candidate.length >= PASSWORD_MIN_LENGTH && candidate.length <= PASSWORD_MAX_LENGTH,
    CHARACTERS: /^[\x21-\x7e]*$/.test(candidate),
    LETTER_AND_DIGIT: /[A-Za-z]/.test(candidate) && /[0-9]/.test(candidate),
    UNCHANGED: candidate !== current,
  };
}

/** The rules a candidate breaks, in the order of PASSWORD_RULES; none when it is acceptable. */
export function brokenPasswordRules(candidate: string, current: string): PasswordRule[] {
  const kept = passwordRulesKept(candidate, current);
  return PASSWORD_RULES.filter((rule) => !kept[rule]);
}
