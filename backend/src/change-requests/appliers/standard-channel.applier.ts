import { Injectable } from '@nestjs/common';
import type { ChangeOutcome } from '@qoltanba/workflows/domain';
import { cancelRegistrationUpdate, tokenRegistrationWorkflowId } from '@qoltanba/workflows/messages';
import type { EntityManager } from 'typeorm';
import { ClientCredentialsService } from '../../auth/credentials/client-credentials.service.js';
import { certificateBytes, CertificatesService } from '../../certificates/certificates.service.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { AppConfig } from '../../config/app-config.js';
import { OtpDevicesService } from '../../otp/otp-devices.service.js';
import { inRegistrationTerms } from '../../registrations/registration-process-errors.js';
import { findRegistrationId, issueRegistrationId } from '../../registrations/registration-ids.js';
import { RegistrationsErrorCode as RegCode } from '../../registrations/registrations-error-code.js';
import { ReissueOpenings } from '../../registrations/reissue-openings.js';
import { ProcessClient } from '../../temporal/process-client.js';
import { ChangeRequestsErrorCode as Code } from '../change-requests-error-code.js';
import type {
  AnyChange,
  CancelTokenRegistrationChange,
  IssueRegistrationCredentialsChange,
  RegisterCertificateChange,
  StartTokenReissueChange,
} from '../dto/change.dto.js';
import { type ApplyContext, type ChangeApplier, type Inspection, underChange } from './change-applier.js';
import type { UserHandover } from './new-user-credentials.js';
import { findUser, type UserRow } from './user-access.applier.js';

/**
 * The Standard channel's means (domain §5–§7): the log-in and its one-time password, the
 * registration user ID (with a new OTP card, the PIN envelope), a national certificate registered to
 * the user, a token reissue started for them and a registration cancelled. What a user is handed
 * is sealed for the maker to print once.
 */
@Injectable()
export class StandardChannelApplier implements ChangeApplier {
  readonly types = [
    'ISSUE_STANDARD_CREDENTIALS',
    'ISSUE_REGISTRATION_CREDENTIALS',
    'REGISTER_CERTIFICATE',
    'START_TOKEN_REISSUE',
    'CANCEL_TOKEN_REGISTRATION',
  ] as const;

  constructor(
    private readonly credentials: ClientCredentialsService,
    private readonly devices: OtpDevicesService,
    private readonly certificates: CertificatesService,
    private readonly reissues: ReissueOpenings,
    private readonly processes: ProcessClient,
    private readonly config: AppConfig,
  ) {}

  async inspect(change: AnyChange, db: EntityManager): Promise<Inspection> {
    switch (change.type) {
      case 'ISSUE_STANDARD_CREDENTIALS': {
        const user = await standardUser(db, change.userId);
        const [login] = await db.query<unknown[]>(
          `SELECT 1 FROM client_credential WHERE user_id = $1 AND kind = 'STANDARD'`,
          [user.id],
        );
        return {
          ...ofUser(user, 'standard-login'),
          differences: [{ field: 'standardPassword', before: login ? 'SET' : null, after: 'ONE_TIME' }],
        };
      }
      case 'ISSUE_REGISTRATION_CREDENTIALS':
        return this.inspectRegistrationCredentials(change, db);
      case 'REGISTER_CERTIFICATE':
        return this.inspectCertificate(change, db);
      case 'START_TOKEN_REISSUE':
        return inspectReissue(change, db);
      default:
        return inspectCancellation(change as CancelTokenRegistrationChange, db);
    }
  }

  async apply(change: AnyChange, context: ApplyContext): Promise<ChangeOutcome> {
    const { tx } = context;
    switch (change.type) {
      case 'ISSUE_STANDARD_CREDENTIALS': {
        const user = await findUser(tx, change.userId);
        const { login, password } = await this.credentials.issueStandardWithin(tx, user.id);
        await context.sealForHandover('credentials', {
          fullName: user.full_name,
          standard: { login, password },
        } satisfies Partial<UserHandover>);
        return { userId: user.id };
      }
      case 'ISSUE_REGISTRATION_CREDENTIALS':
        return this.issueRegistrationCredentials(change, context);
      case 'REGISTER_CERTIFICATE': {
        const registered = await this.certificates
          .registerExternal(change.userId, certificateBytes(change.certificate), undefined, tx)
          .catch(underChange('certificate'));
        return { certificateId: registered.id };
      }
      // Neither is in the transaction: each is a step of a workflow, and each is safe to repeat
      // (the reissue in progress is found again; a cancelled registration stays cancelled).
      case 'START_TOKEN_REISSUE': {
        const state = await this.reissues.openForManager(context.maker, change.userId, change.reason);
        return { reissueId: state.reissueId };
      }
      default: {
        const { registrationId, reason } = change as CancelTokenRegistrationChange;
        await this.processes
          .update(tokenRegistrationWorkflowId(registrationId), cancelRegistrationUpdate, { reason })
          .catch(inRegistrationTerms);
        return { registrationId };
      }
    }
  }

  private async inspectRegistrationCredentials(
    change: IssueRegistrationCredentialsChange,
    db: EntityManager,
  ): Promise<Inspection> {
    const user = await standardUser(db, change.userId);
    if (user.status !== 'ACTIVE')
      throw new FeatureError(Code.WRONG_STATE, 'The user is blocked: unblock them first.', {
        field: 'change.userId',
      });
    const issued = await findRegistrationId(db, user.id);
    const [device] = await db.query<{ kind: string; serial: string }[]>(
      `SELECT kind, serial FROM otp_device WHERE user_id = $1 AND status <> 'REVOKED'`,
      [user.id],
    );
    // The registration is opened with the OTP card's PIN: without a new card, the user has one.
    if (!change.newCard && device?.kind !== 'CARD')
      throw new FeatureError(
        RegCode.NO_OTP_CARD,
        'The user has no OTP card, whose PIN opens the registration: issue a new card with the user ID.',
        { field: 'change.newCard' },
      );
    const validityDays = String(change.validityDays ?? this.config.pki.ca.certificateValidityDays);
    return {
      ...ofUser(user, 'registration'),
      differences: [
        {
          field: 'registrationUserId',
          before: issued ? 'ISSUED' : null,
          after: issued ? 'RENEWED' : 'ISSUED',
        },
        { field: 'validityDays', before: issued ? String(issued.validityDays) : null, after: validityDays },
        ...(change.newCard
          ? [
              ...(device
                ? [{ field: `otpDevice ${device.serial}`, before: 'ACTIVE', after: 'REVOKED' }]
                : []),
              { field: 'otpDevice (new)', before: null, after: 'CARD' },
            ]
          : []),
      ],
    };
  }

  /** The registration user ID and, asked for, a new card replacing the user's device: one envelope. */
  private async issueRegistrationCredentials(
    change: IssueRegistrationCredentialsChange,
    context: ApplyContext,
  ): Promise<ChangeOutcome> {
    const { tx, maker } = context;
    const user = await findUser(tx, change.userId);
    const handover: UserHandover = { fullName: user.full_name, iin: user.iin };
    if (change.newCard) {
      // Always a new card, as the PIN of the old one cannot be printed again (only its hash is kept).
      const [live] = await tx.query<{ id: string }[]>(
        `SELECT id FROM otp_device WHERE user_id = $1 AND status <> 'REVOKED' FOR UPDATE`,
        [user.id],
      );
      Object.assign(
        handover,
        live
          ? await this.devices.replace(tx, live.id, 'CARD')
          : await this.devices.issueWithin(tx, 'CARD', user.id),
      );
    }
    handover.registration = await issueRegistrationId(
      tx,
      user.id,
      change.validityDays ?? this.config.pki.ca.certificateValidityDays,
      maker.staffId,
    );
    await context.sealForHandover('envelope', handover);
    return { userId: user.id, newCard: change.newCard };
  }

  private async inspectCertificate(
    change: RegisterCertificateChange,
    db: EntityManager,
  ): Promise<Inspection> {
    const user = await findUser(db, change.userId);
    const bytes = await Promise.resolve()
      .then(() => certificateBytes(change.certificate))
      .catch(underChange('certificate'));
    const { parsed, purpose } = await this.certificates
      .checkExternal(user.id, bytes)
      .catch(underChange('certificate'));
    return {
      organizationId: user.organization_id,
      targetKey: `certificate:${parsed.fingerprint}`,
      summary: `${parsed.serialNumber} · ${user.full_name}`,
      differences: [
        { field: `certificate ${parsed.serialNumber}`, before: null, after: purpose },
        { field: 'issuer', before: null, after: parsed.issuer },
        { field: 'validTo', before: null, after: parsed.notAfter.toISOString().slice(0, 10) },
      ],
    };
  }
}

async function inspectReissue(change: StartTokenReissueChange, db: EntityManager): Promise<Inspection> {
  const user = await standardUser(db, change.userId);
  if (!(await findRegistrationId(db, user.id)))
    throw new FeatureError(RegCode.NO_REGISTRATION_ID, 'Issue the user a registration user ID first.', {
      field: 'change.userId',
    });
  const [open] = await db.query<unknown[]>(`SELECT 1 FROM token_reissue WHERE user_id = $1 AND open`, [
    user.id,
  ]);
  if (open)
    throw new FeatureError(Code.NOTHING_TO_CHANGE, 'A reissue of this user is in progress already.', {
      field: 'change.userId',
    });
  return {
    ...ofUser(user, 'token'),
    differences: [{ field: 'tokenReissue', before: null, after: change.reason }],
  };
}

async function inspectCancellation(
  change: CancelTokenRegistrationChange,
  db: EntityManager,
): Promise<Inspection> {
  const [registration] = await db.query<
    { id: string; organization_id: string; status: string; open: boolean; full_name: string }[]
  >(
    `SELECT r.id, r.organization_id, r.status, r.open, u.full_name
     FROM token_registration r JOIN client_user u ON u.id = r.user_id WHERE r.id = $1`,
    [change.registrationId],
  );
  if (!registration)
    throw new FeatureError(RegCode.NOT_FOUND, 'No such token registration.', {
      field: 'change.registrationId',
    });
  if (!registration.open)
    throw new FeatureError(Code.WRONG_STATE, `The registration is over (${registration.status}).`, {
      field: 'change.registrationId',
    });
  return {
    organizationId: registration.organization_id,
    targetKey: `registration:${registration.id}`,
    summary: registration.full_name,
    differences: [
      { field: 'tokenRegistration', before: registration.status, after: 'CANCELLED' },
      { field: 'reason', before: null, after: change.reason },
    ],
  };
}

/** A user of the Standard channel: its means are the channel's. */
async function standardUser(db: EntityManager, userId: string): Promise<UserRow> {
  const user = await findUser(db, userId);
  if (!user.channels.includes('STANDARD'))
    throw new FeatureError(Code.WRONG_STATE, 'Enable the Standard channel for this user first.', {
      field: 'change.userId',
    });
  return user;
}

function ofUser(user: UserRow, means: string): Omit<Inspection, 'differences'> {
  return {
    organizationId: user.organization_id,
    targetKey: `user:${user.id}:${means}`,
    summary: user.full_name,
  };
}
