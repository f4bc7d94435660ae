import type { components } from '../core/http/api-types.generated';

/** An account's statement (GET /api/accounts/:iban/statement); money as exact decimals and tiyn. */
export type StatementView = components['schemas']['AccountStatementView'];

/** One entry; its amount is signed: a debit is negative. */
export type StatementEntry = components['schemas']['StatementEntryView'];

/** A statement for a period (GET /api/accounts/:iban/statement/period): balances, turnovers, entries oldest first. */
export type PeriodStatementView = components['schemas']['PeriodStatementView'];

/** The files a statement is exported as. */
export const STATEMENT_FORMATS = ['pdf', 'xlsx', '1c'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];
