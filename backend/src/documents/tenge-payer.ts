import type { Account } from '../organizations/account.entity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { DocumentsErrorCode } from './documents-error-code.js';

/**
 * Why `account` cannot pay a tenge payment order, if it cannot: not one of the organization's, or
 * held in another currency (the bank would refuse it only after every signature was spent on it).
 */
export function tengePayerProblem(
  account: Pick<Account, 'currency'> | null | undefined,
): { code: DocumentsErrorCode; message: string } | undefined {
  if (!account) {
    return {
      code: DocumentsErrorCode.PAYER_ACCOUNT_NOT_OWNED,
      message: 'The paying account is not one of your organization’s accounts.',
    };
  }
  if (account.currency !== 'KZT') {
    return {
      code: DocumentsErrorCode.PAYER_ACCOUNT_NOT_TENGE,
      message: `A tenge payment order is paid from a tenge account; this one is in ${account.currency}.`,
    };
  }
  return undefined;
}

/** Refuses, at `field`, an account that cannot pay a tenge payment order. */
export function requireTengePayer(account: Pick<Account, 'currency'> | null, field: string): void {
  const problem = tengePayerProblem(account);
  if (problem) throw new FeatureError(problem.code, problem.message, { field });
}
