import { Injectable } from '@nestjs/common';
import { formatTiyn } from '@qoltanba/workflows/domain';
import type { ClientIdentity } from '../access/identity.js';
import {
  BankGateway,
  type AccountStatement,
  type PeriodStatement,
  type StatementEntry,
} from '../bank-gateway/bank-gateway.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import { OrganizationsService } from './organizations.service.js';
import { OwnAccounts } from './own-accounts.service.js';
import {
  STATEMENT_MAX_DAYS,
  STATEMENT_MAX_ENTRIES,
  type AccountStatementView,
  type PeriodStatementView,
  type StatementEntryView,
  type StatementPeriodQuery,
} from './dto/account-statement.dto.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

/** Statements of the caller's organization's accounts, read from the bank's core. */
@Injectable()
export class AccountStatementsService {
  constructor(
    private readonly accounts: OwnAccounts,
    private readonly organizations: OrganizationsService,
    private readonly bank: BankGateway,
    private readonly logger: AppLogger,
  ) {}

  async statement(identity: ClientIdentity, iban: string, limit: number): Promise<AccountStatementView> {
    const account = await this.accounts.of(identity, iban, 'ACCOUNT_STATEMENT_ACCESS');
    return toView(await this.fromBank(account.id, () => this.bank.statement(account.iban, limit)));
  }

  /** The statement for a period: balances, turnovers and the entries matching `search`, oldest first. */
  async period(
    identity: ClientIdentity,
    iban: string,
    query: StatementPeriodQuery,
  ): Promise<PeriodStatementView> {
    checkPeriod(query);
    const account = await this.accounts.of(identity, iban, 'ACCOUNT_STATEMENT_ACCESS');
    const statement = await this.fromBank(account.id, () =>
      this.bank.periodStatement(account.iban, query, STATEMENT_MAX_ENTRIES),
    );
    // The holder as the platform knows the client, whatever name the bank's core keeps.
    const organization = await this.organizations.get(identity.organizationId);
    return toPeriodView(
      { ...statement, holder: { name: organization.name, binIin: organization.binIin } },
      query.search,
    );
  }

  private async fromBank<T>(accountId: string, read: () => Promise<T | undefined>): Promise<T> {
    let statement: T | undefined;
    try {
      statement = await read();
      if (!statement) this.logger.warn({ accountId }, 'the bank core does not hold this account');
    } catch (error) {
      this.logger.warn({ err: error, accountId }, 'statement unavailable');
    }
    if (!statement) {
      throw new FeatureError(
        Code.STATEMENT_UNAVAILABLE,
        "The bank's core cannot give this account's statement right now. Please try again later.",
      );
    }
    return statement;
  }
}

function checkPeriod({ from, to }: StatementPeriodQuery): void {
  if (from > to) {
    throw new FeatureError(Code.STATEMENT_PERIOD_REVERSED, 'The period ends before it starts.', {
      field: 'from',
    });
  }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days > STATEMENT_MAX_DAYS) {
    throw new FeatureError(
      Code.STATEMENT_PERIOD_TOO_LONG,
      `A statement covers at most ${STATEMENT_MAX_DAYS} days: ask for a shorter period.`,
      { field: 'to' },
    );
  }
}

function toView(statement: AccountStatement): AccountStatementView {
  return { iban: statement.iban, currency: statement.currency, entries: statement.entries.map(toEntryView) };
}

function toPeriodView(statement: PeriodStatement, search: string | undefined): PeriodStatementView {
  const entries = statement.entries.map(toEntryView);
  return {
    iban: statement.iban,
    currency: statement.currency,
    holder: statement.holder,
    from: statement.from,
    to: statement.to,
    openingBalanceTiyn: statement.openingBalanceTiyn,
    openingBalance: formatTiyn(statement.openingBalanceTiyn),
    closingBalanceTiyn: statement.closingBalanceTiyn,
    closingBalance: formatTiyn(statement.closingBalanceTiyn),
    debitTurnover: formatTiyn(statement.debitTurnoverTiyn),
    creditTurnover: formatTiyn(statement.creditTurnoverTiyn),
    entries: search ? entries.filter(matching(search)) : entries,
    truncated: statement.truncated,
  };
}

/** Case-insensitive, in every field an accountant looks a payment up by; amounts as written (1250.50). */
function matching(search: string): (entry: StatementEntryView) => boolean {
  const needle = search.trim().toLocaleLowerCase('ru');
  return (entry) =>
    [
      entry.counterpartyName,
      entry.counterpartyIban,
      entry.counterpartyBinIin,
      entry.knp,
      entry.documentNumber,
      entry.purpose,
      entry.amount.replace('-', ''),
    ].some((field) => field?.toLocaleLowerCase('ru').includes(needle));
}

function toEntryView(entry: StatementEntry): StatementEntryView {
  const { balanceAfterTiyn, ...rest } = entry;
  return {
    ...rest,
    amount: formatTiyn(entry.amountTiyn),
    ...(balanceAfterTiyn !== undefined && { balanceAfterTiyn, balanceAfter: formatTiyn(balanceAfterTiyn) }),
  };
}
