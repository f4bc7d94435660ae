/**
 * What a validator returns for bad input instead of throwing: a stable code that programs (and the
 * web app's translations) key on, and a short English message for logs and API answers.
 */
export interface ValidationIssue<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}
