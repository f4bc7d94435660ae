import type { PeriodStatementView } from '../dto/account-statement.dto.js';
import type { UserLanguage } from '../client-user.entity.js';

/** Everything a statement file prints: the statement and who and what it is about. */
export interface StatementExportInput {
  readonly statement: PeriodStatementView;
  readonly language: UserLanguage;
  /** The account holder's KBe (the organization's code) and the bank's own name and BIC. */
  readonly holderKbe: string;
  readonly bank: { readonly name: string; readonly bic: string };
  /** A bank's name by its BIC, for the other side of each entry. */
  readonly bankNameOf: (bic: string | undefined) => string;
  readonly producedAt: Date;
}
