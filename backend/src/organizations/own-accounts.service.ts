import { Injectable } from '@nestjs/common';
import type { ClientIdentity } from '../access/identity.js';
import { AuditService, auditActor } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import type { Account } from './account.entity.js';
import { AccountsService } from './accounts.service.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

/** The caller's organization's own accounts, as the pages about one account (statement, forecast) ask. */
@Injectable()
export class OwnAccounts {
  constructor(
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The organization's account `iban`. Another organization's is answered exactly like one that does
   * not exist, and the attempt is audited as `action`.
   */
  async of(identity: ClientIdentity, iban: string, action: string): Promise<Account> {
    const account = await this.accounts.findByIban(identity.organizationId, iban);
    if (account) return account;
    const elsewhere = await this.accounts.findAnyByIban(iban);
    if (elsewhere) {
      await this.audit.recordQuietly({
        actor: auditActor(identity),
        action,
        outcome: Code.ACCOUNT_NOT_FOUND,
        subject: { kind: 'ACCOUNT', id: elsewhere.id },
        details: { reason: 'OTHER_ORGANIZATION', channel: identity.channel },
      });
    }
    throw new FeatureError(Code.ACCOUNT_NOT_FOUND, 'Your organization has no such account.', {
      field: 'iban',
    });
  }
}
