import { Injectable } from '@nestjs/common';
import { type ChangeOutcome, DOCUMENT_STATUSES, FINAL_STATUSES } from '@qoltanba/workflows/domain';
import type { EntityManager } from 'typeorm';
import { FeatureError } from '../../common/errors/feature-error.js';
import { AppConfig } from '../../config/app-config.js';
import {
  checkOrganizationIdentity,
  checkOurIban,
  checkUserIin,
  checkUserPhone,
} from '../../organizations/client-field-checks.js';
import { OrganizationsErrorCode as OrgCode } from '../../organizations/organizations-error-code.js';
import { ChangeRequestsErrorCode as Code } from '../change-requests-error-code.js';
import type {
  AccountFields,
  AnyChange,
  CloseAccountChange,
  OnboardClientChange,
  UserFields,
} from '../dto/change.dto.js';
import {
  type ApplyContext,
  type ChangeApplier,
  type Difference,
  type Inspection,
  shown,
} from './change-applier.js';
import { NewUserCredentials } from './new-user-credentials.js';

/** Statuses of a payment between its author and the bank's execution: the account must stay open. */
const IN_FLIGHT = DOCUMENT_STATUSES.filter((status) => status !== 'DRAFT' && !FINAL_STATUSES.has(status));

/**
 * Setting a client up: onboarding (the organization with its accounts, users and their OTP devices,
 * in one transaction), and later an account or a user added, an account closed.
 */
@Injectable()
export class ClientSetupApplier implements ChangeApplier {
  readonly types = ['ONBOARD_CLIENT', 'ADD_ACCOUNT', 'ADD_USER', 'CLOSE_ACCOUNT'] as const;

  constructor(
    private readonly config: AppConfig,
    private readonly credentials: NewUserCredentials,
  ) {}

  async inspect(change: AnyChange, db: EntityManager, organizationId: string | null): Promise<Inspection> {
    switch (change.type) {
      case 'ONBOARD_CLIENT':
        return this.inspectOnboarding(change, db, organizationId);
      case 'ADD_ACCOUNT': {
        const { organizationId: id, account } = change;
        const name = await organizationName(db, id);
        const iban = await this.checkAccounts(db, [account], () => 'change.account');
        return {
          organizationId: id,
          targetKey: `account:${iban[0]}`,
          summary: `${iban[0]} · ${name}`,
          differences: accountDifferences('account', account, iban[0]!),
        };
      }
      case 'ADD_USER': {
        const { organizationId: id, user } = change;
        const name = await organizationName(db, id);
        await this.checkUsers(db, [user], () => 'change.user');
        return {
          organizationId: id,
          targetKey: `organization:${id}:user:${user.iin}`,
          summary: `${user.fullName.trim()} · ${name}`,
          differences: userDifferences('user', user),
        };
      }
      default: {
        const { accountId } = change as CloseAccountChange;
        const [account] = await db.query<{ organization_id: string; iban: string; status: string }[]>(
          `SELECT organization_id, iban, status FROM account WHERE id = $1`,
          [accountId],
        );
        if (!account)
          throw new FeatureError(OrgCode.ACCOUNT_NOT_FOUND, 'No such account.', {
            field: 'change.accountId',
          });
        if (account.status === 'CLOSED')
          throw new FeatureError(Code.WRONG_STATE, 'The account is closed already.', {
            field: 'change.accountId',
          });
        // A payment signed or on its way to the bank would be left with no account to debit.
        const [inFlight] = await db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM document WHERE payer_iban = $1 AND status = ANY($2)`,
          [account.iban, IN_FLIGHT],
        );
        if (inFlight!.n > 0)
          throw new FeatureError(
            Code.WRONG_STATE,
            `${inFlight!.n} payment(s) from the account are in progress: close it once they are done or withdrawn.`,
            { field: 'change.accountId', inProgress: inFlight!.n },
          );
        return {
          organizationId: account.organization_id,
          targetKey: `account:${account.iban}`,
          summary: account.iban,
          differences: [{ field: `account ${account.iban}`, before: 'OPEN', after: 'CLOSED' }],
        };
      }
    }
  }

  async apply(change: AnyChange, context: ApplyContext): Promise<ChangeOutcome> {
    const { tx } = context;
    switch (change.type) {
      case 'ONBOARD_CLIENT': {
        const { organization, accounts, users } = change;
        await tx.query(
          `INSERT INTO organization (id, name, legal_form, bin_iin, kod, none_may_prepare, address)
           VALUES ($1, $2, $3, $4, '17', $5, $6)`,
          [
            context.organizationId,
            organization.name.trim(),
            organization.legalForm,
            organization.binIin,
            organization.noneMayPrepare,
            organization.address.trim(),
          ],
        );
        const accountIds = await this.insertAccounts(tx, context.organizationId, accounts);
        const userIds: string[] = [];
        for (const [index, user] of users.entries()) {
          const userId = await this.insertUser(tx, context.organizationId, user);
          userIds.push(userId);
          await this.handOver(context, `user-${index}`, userId, user);
        }
        return { organizationId: context.organizationId, accountIds, userIds };
      }
      case 'ADD_ACCOUNT': {
        const { organizationId, account } = change;
        const [accountId] = await this.insertAccounts(tx, organizationId, [account]);
        return { organizationId, accountId: accountId! };
      }
      case 'ADD_USER': {
        const { organizationId, user } = change;
        const userId = await this.insertUser(tx, organizationId, user);
        await this.handOver(context, 'user-0', userId, user);
        return { organizationId, userId };
      }
      default: {
        const { accountId } = change as CloseAccountChange;
        await tx.query(`UPDATE account SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [accountId]);
        return { accountId };
      }
    }
  }

  /** A new user's device and credentials, sealed for the maker's envelope when there is anything to hand. */
  private async handOver(
    context: ApplyContext,
    name: string,
    userId: string,
    user: UserFields,
  ): Promise<void> {
    const handover = await this.credentials.issue(context.tx, userId, user, context.maker);
    if (Object.keys(handover).length > 2) await context.sealForHandover(name, handover);
  }

  private async inspectOnboarding(
    change: OnboardClientChange,
    db: EntityManager,
    organizationId: string | null,
  ): Promise<Inspection> {
    const { organization, accounts, users } = change;
    checkOrganizationIdentity(organization.legalForm, organization.binIin, 'change.organization.binIin');
    const [taken] = await db.query<{ id: string }[]>(`SELECT id FROM organization WHERE bin_iin = $1`, [
      organization.binIin,
    ]);
    if (taken && taken.id !== organizationId)
      throw new FeatureError(OrgCode.BIN_IIN_TAKEN, 'An organization with this BIN/IIN exists.', {
        field: 'change.organization.binIin',
      });
    const ibans = await this.checkAccounts(db, accounts, (index) => `change.accounts.${index}`);
    await this.checkUsers(db, users, (index) => `change.users.${index}`);
    const differences: Difference[] = [
      { field: 'organization.name', before: null, after: organization.name.trim() },
      { field: 'organization.legalForm', before: null, after: organization.legalForm },
      { field: 'organization.binIin', before: null, after: organization.binIin },
      { field: 'organization.address', before: null, after: organization.address.trim() },
      { field: 'organization.noneMayPrepare', before: null, after: shown(organization.noneMayPrepare) },
      ...accounts.flatMap((account, index) =>
        accountDifferences(`accounts.${index}`, account, ibans[index]!),
      ),
      ...users.flatMap((user, index) => userDifferences(`users.${index}`, user)),
    ];
    return {
      organizationId: organizationId ?? '',
      targetKey: `organization:${organization.binIin}`,
      summary: `${organization.name.trim()} (${organization.binIin})`,
      differences,
    };
  }

  /** The IBANs normalized, once each is this bank's, unique in the request and not registered. */
  private async checkAccounts(
    db: EntityManager,
    accounts: readonly AccountFields[],
    path: (index: number) => string,
  ): Promise<string[]> {
    const ibans = accounts.map((account, index) =>
      checkOurIban(account.iban, this.config.bank.code, `${path(index)}.iban`),
    );
    const registered = await db.query<{ iban: string }[]>(`SELECT iban FROM account WHERE iban = ANY($1)`, [
      ibans,
    ]);
    ibans.forEach((iban, index) => {
      if (ibans.indexOf(iban) !== index || registered.some((row) => row.iban === iban))
        throw new FeatureError(OrgCode.IBAN_TAKEN, 'This account is already registered.', {
          field: `${path(index)}.iban`,
        });
    });
    return ibans;
  }

  /** Each user's IIN valid; each phone a Kazakh mobile, unique in the request and unused. */
  private async checkUsers(db: EntityManager, users: readonly UserFields[], path: (index: number) => string) {
    const phones = users.map((user, index) => {
      checkUserIin(user.iin, `${path(index)}.iin`);
      return user.phone === undefined ? null : checkUserPhone(user.phone, `${path(index)}.phone`);
    });
    const used = await db.query<{ phone: string }[]>(`SELECT phone FROM client_user WHERE phone = ANY($1)`, [
      phones.filter((phone) => phone !== null),
    ]);
    phones.forEach((phone, index) => {
      if (phone !== null && (phones.indexOf(phone) !== index || used.some((row) => row.phone === phone)))
        throw new FeatureError(OrgCode.USER_PHONE_TAKEN, 'This phone number is taken.', {
          field: `${path(index)}.phone`,
        });
    });
  }

  private async insertAccounts(
    tx: EntityManager,
    organizationId: string,
    accounts: readonly AccountFields[],
  ) {
    const ids: string[] = [];
    for (const account of accounts) {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO account (id, organization_id, iban, currency, title)
         VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
        [
          organizationId,
          checkOurIban(account.iban, this.config.bank.code, 'iban'),
          account.currency,
          account.title.trim(),
        ],
      );
      ids.push(row!.id);
    }
    return ids;
  }

  private async insertUser(tx: EntityManager, organizationId: string, user: UserFields): Promise<string> {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO client_user (id, organization_id, full_name, iin, signature_right, channels, status, phone, email)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'ACTIVE', $6, $7) RETURNING id`,
      [
        organizationId,
        user.fullName.trim(),
        user.iin,
        user.signatureRight,
        user.channels,
        user.phone === undefined ? null : checkUserPhone(user.phone, 'phone'),
        user.email ?? null,
      ],
    );
    return row!.id;
  }
}

async function organizationName(db: EntityManager, id: string): Promise<string> {
  const [row] = await db.query<{ name: string }[]>(`SELECT name FROM organization WHERE id = $1`, [id]);
  if (!row)
    throw new FeatureError(OrgCode.ORGANIZATION_NOT_FOUND, 'No such organization.', {
      field: 'change.organizationId',
    });
  return row.name;
}

function accountDifferences(path: string, account: AccountFields, iban: string): Difference[] {
  return [
    { field: `${path}.iban`, before: null, after: iban },
    { field: `${path}.currency`, before: null, after: account.currency },
    { field: `${path}.title`, before: null, after: account.title.trim() },
  ];
}

function userDifferences(path: string, user: UserFields): Difference[] {
  return [
    { field: `${path}.fullName`, before: null, after: user.fullName.trim() },
    { field: `${path}.iin`, before: null, after: user.iin },
    { field: `${path}.phone`, before: null, after: shown(user.phone) },
    { field: `${path}.email`, before: null, after: shown(user.email) },
    { field: `${path}.signatureRight`, before: null, after: user.signatureRight },
    { field: `${path}.channels`, before: null, after: shown(user.channels) },
    { field: `${path}.otpDevice`, before: null, after: user.otpDevice },
  ];
}
