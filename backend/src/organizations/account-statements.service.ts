import { Injectable } from '@nestjs/common';
import { formatTiyn } from '@qoltanba/workflows/domain';
import { AuditService, auditActor } from '../audit/audit.service.js';
import type { ClientIdentity } from '../access/identity.js';
import { BankGateway, type AccountStatement } from '../bank-gateway/bank-gateway.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import { AccountsService } from './accounts.service.js';
import type { AccountStatementView } from './dto/account-statement.dto.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

/** Statements of the caller's organization's accounts, read from the bank's core. */
@Injectable()
export class AccountStatementsService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly bank: BankGateway,
    private readonly audit: AuditService,
    private readonly logger: AppLogger,
  ) {}

  async statement(identity: ClientIdentity, iban: string, limit: number): Promise<AccountStatementView> {
    const account = await this.accounts.findByIban(identity.organizationId, iban);
    if (!account) {
      // Another organization's account is answered exactly like one that does not exist.
      const elsewhere = await this.accounts.findAnyByIban(iban);
      if (elsewhere) {
        await this.audit.recordQuietly({
          actor: auditActor(identity),
          action: 'ACCOUNT_STATEMENT_ACCESS',
          outcome: Code.ACCOUNT_NOT_FOUND,
          subject: { kind: 'ACCOUNT', id: elsewhere.id },
          details: { reason: 'OTHER_ORGANIZATION', channel: identity.channel },
        });
      }
      throw new FeatureError(Code.ACCOUNT_NOT_FOUND, 'Your organization has no such account.', {
        field: 'iban',
      });
    }
    let statement: AccountStatement | undefined;
    try {
      statement = await this.bank.statement(account.iban, limit);
      if (!statement) this.logger.warn({ accountId: account.id }, 'the bank core does not hold this account');
    } catch (error) {
      this.logger.warn({ err: error, accountId: account.id }, 'statement unavailable');
    }
    if (!statement) {
      throw new FeatureError(
        Code.STATEMENT_UNAVAILABLE,
        "The bank's core cannot give this account's statement right now. Please try again later.",
      );
    }
    return toView(statement);
  }
}

function toView(statement: AccountStatement): AccountStatementView {
  return {
    iban: statement.iban,
    currency: statement.currency,
    entries: statement.entries.map((entry) => ({
      id: entry.id,
      bookedAt: entry.bookedAt,
      amountTiyn: entry.amountTiyn,
      amount: formatTiyn(entry.amountTiyn),
      ...(entry.balanceAfterTiyn !== undefined && {
        balanceAfterTiyn: entry.balanceAfterTiyn,
        balanceAfter: formatTiyn(entry.balanceAfterTiyn),
      }),
      ...(entry.counterpartyName !== undefined && { counterpartyName: entry.counterpartyName }),
      ...(entry.counterpartyIban !== undefined && { counterpartyIban: entry.counterpartyIban }),
      ...(entry.purpose !== undefined && { purpose: entry.purpose }),
      ...(entry.documentId !== undefined && { documentId: entry.documentId }),
    })),
  };
}
