import type { components } from '../core/http/api-types.generated';

/** An account's statement (GET /api/accounts/:iban/statement); money as exact decimals and tiyn. */
export type StatementView = components['schemas']['AccountStatementView'];

/** One entry; its amount is signed: a debit is negative. */
export type StatementEntry = components['schemas']['StatementEntryView'];
