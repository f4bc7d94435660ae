import type { CashLodgement, CashWithdrawal } from '../application-content.js';
import { APPLICATION_TEXT_LIMITS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import { checkOperationDay, isoOf } from './date-rules.js';
import type { RequestReader } from './request-reader.js';

/** Cash collected from an account at a branch on a day: why, is the last field. */
export function parseCashWithdrawal(reader: RequestReader): CashWithdrawal | undefined {
  const common = readCashOrder(reader);
  const purpose = reader.text('purpose', APPLICATION_TEXT_LIMITS.purpose);
  return completeContent(reader, { kind: 'CASH_WITHDRAWAL', ...common, purpose });
}

/** Cash paid into an account at a branch on a day, and where it comes from. */
export function parseCashLodgement(reader: RequestReader): CashLodgement | undefined {
  const common = readCashOrder(reader);
  const source = reader.text('source', APPLICATION_TEXT_LIMITS.shortText);
  return completeContent(reader, { kind: 'CASH_LODGEMENT', ...common, source });
}

function readCashOrder(reader: RequestReader): object {
  const account = reader.ownAccount('accountIban');
  const currency = reader.currencyOf('currency', account);
  const amount = reader.money('amount', currency);
  const date = reader.date('date');
  checkOperationDay(reader, 'date', date);
  const branch = reader.string('branch', true);
  if (branch !== undefined && !reader.context.branches.has(branch)) {
    reader.report('branch', ApplicationErrorCode.BranchUnknown, 'Not a branch of the bank.');
  }
  return { accountIban: account?.iban, amount, date: isoOf(date), branch };
}
