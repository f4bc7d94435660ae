import type { ValidationIssue } from '../validation-issue.js';

/** КБК (budget classification code): 6 digits naming the budget revenue, e.g. 101201 personal income tax. */
export type KbkIssueCode = 'KBK_FORMAT';
export type KbkIssue = ValidationIssue<KbkIssueCode>;

/** The issue with a КБК, or `undefined` when it is 6 digits. */
export function validateKbk(kbk: string): KbkIssue | undefined {
  if (typeof kbk !== 'string' || !/^\d{6}$/.test(kbk)) {
    return { code: 'KBK_FORMAT', message: 'A budget classification code (KBK) is 6 digits.' };
  }
  return undefined;
}
