import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Channel } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService, type AuditRecord } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { EdsLoginService } from '../signatures/eds-login/eds-login.service.js';
import type { AuthenticationEvidence } from '../signatures/eds-verification.service.js';
import { ActiveClientUsers } from './active-client-users.js';
import { AuthErrorCode } from './auth-error-code.js';
import type { CredentialKind } from './credentials/client-credential.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordHasher } from '../common/crypto/password-hasher.js';
import { SessionsService, type OpenedSession, type SessionPrincipal } from './sessions/sessions.service.js';
import { StaffUsersService } from './staff/staff-users.service.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { normalizePhone } from '../organizations/client-field-checks.js';

/** Wrong entries in a row that block a client user (the bank's rule for Standard, kept for Light/Mobile too). */
export const MAX_WRONG_PASSWORDS = 3;

export interface LoginContext {
  ip: string | null;
  userAgent: string | null;
}

export interface LoginOutcome {
  session: OpenedSession;
  principal: SessionPrincipal;
  passwordChangeRequired: boolean;
}

/** A client's credential (auth's own table) with the user it opens (the organizations' read port). */
interface ClientAccount {
  user_id: string;
  organization_id: string;
  status: 'ACTIVE' | 'BLOCKED';
  channels: Channel[];
  password_hash: string;
  must_change: boolean;
}

interface CredentialRow {
  user_id: string;
  password_hash: string;
  must_change: boolean;
}

const invalidCredentials = () =>
  new FeatureError(AuthErrorCode.INVALID_CREDENTIALS, 'The log-in details are not correct.');

/**
 * Log-ins. Every failure of the credentials themselves answers the same AUTH_INVALID_CREDENTIALS,
 * after the same password hashing work, whether the login, the organization, the phone or the
 * password was wrong. Client accounts: an attempt is reserved (counted) before the password is
 * checked, so parallel guesses cannot get past the limit; the third wrong entry in a row blocks
 * the user (a manager unblocks). A blocked account answers AUTH_USER_BLOCKED without its password
 * being checked. Staff accounts rely on the throttle alone.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly staff: StaffUsersService,
    private readonly audit: AuditService,
    private readonly eds: EdsLoginService,
    private readonly active: ActiveClientUsers,
    private readonly users: ClientUsersService,
  ) {}

  async loginStandard(login: string, password: string, context: LoginContext): Promise<LoginOutcome> {
    const normalized = login.trim().toLowerCase();
    return this.loginClient(
      {
        kind: 'STANDARD',
        channel: 'STANDARD',
        accountKey: `standard:${normalized}`,
        find: async () => {
          const credential = await this.credential(`kind = 'STANDARD' AND login = $1`, normalized);
          return accountOf(credential, credential && (await this.users.find(credential.user_id)));
        },
      },
      password,
      context,
    );
  }

  async loginByPhone(
    phone: string,
    binIin: string,
    password: string,
    channel: 'LIGHT' | 'MOBILE',
    context: LoginContext,
  ): Promise<LoginOutcome> {
    const normalized = normalizePhone(phone);
    return this.loginClient(
      {
        kind: 'PHONE',
        channel,
        accountKey: `phone:${binIin}:${normalized}`,
        find: async () => {
          const user = await this.users.findByPhone(binIin, normalized);
          if (!user) return undefined;
          return accountOf(await this.credential(`kind = 'PHONE' AND user_id = $1`, user.id), user);
        },
      },
      password,
      context,
    );
  }

  async loginStaff(login: string, password: string, context: LoginContext): Promise<LoginOutcome> {
    const accountKey = `staff:${login.trim().toLowerCase()}`;
    const attempt = (outcome: string, actorId?: string): AuditRecord => ({
      actor: { kind: actorId && outcome === AUDIT_SUCCESS ? 'STAFF' : 'ANONYMOUS', id: actorId ?? null },
      action: 'AUTH_STAFF_LOGIN',
      outcome,
      ip: context.ip,
    });
    await this.throttled(accountKey, context, attempt);
    const member = await this.staff.findByLogin(login);
    const ok = await this.hasher.verify(member?.passwordHash, password);
    if (!member || !ok) {
      await this.throttle.recordFailure(accountKey, context.ip);
      await this.audit.record(attempt(AuthErrorCode.INVALID_CREDENTIALS, member?.id));
      throw invalidCredentials();
    }
    if (member.status !== 'ACTIVE') {
      await this.audit.record(attempt(AuthErrorCode.USER_BLOCKED, member.id));
      throw new FeatureError(AuthErrorCode.USER_BLOCKED, 'Your access is blocked.');
    }
    await this.throttle.clearAccount(accountKey);
    const principal: SessionPrincipal = { kind: 'STAFF', staffId: member.id, role: member.role };
    const session = await this.sessions.open(principal, { passwordChangeRequired: false, ...context });
    await this.audit.record({
      ...attempt(AUDIT_SUCCESS, member.id),
      subject: { kind: 'SESSION', id: session.id },
    });
    return { session, principal, passwordChangeRequired: false };
  }

  /**
   * Standard log-in by EDS: the agent signed a one-time nonce with the user's authentication
   * certificate (a CMS, or the XML log-in document); the verifier has spent the nonce, checked the
   * signature and found the active user the
   * certificate is registered to, with the Standard channel enabled.
   */
  async loginByEds(
    nonce: string,
    evidence: AuthenticationEvidence,
    context: LoginContext,
  ): Promise<LoginOutcome> {
    // Whether the user may hold a Standard session is the log-in's question, not the signature's.
    const user = await this.active.forSession((await this.eds.verify(nonce, evidence)).userId, 'STANDARD');
    const principal: SessionPrincipal = {
      kind: 'CLIENT',
      userId: user.id,
      organizationId: user.organizationId,
      channel: 'STANDARD',
    };
    const session = await this.sessions.open(principal, { passwordChangeRequired: false, ...context });
    await this.audit.record({
      actor: { kind: 'CLIENT', id: user.id, organizationId: user.organizationId },
      action: 'AUTH_LOGIN',
      outcome: AUDIT_SUCCESS,
      ip: context.ip,
      details: { credential: 'EDS', channel: 'STANDARD' },
      subject: { kind: 'SESSION', id: session.id },
    });
    return { session, principal, passwordChangeRequired: false };
  }

  private async loginClient(
    spec: {
      kind: CredentialKind;
      channel: Channel;
      accountKey: string;
      find: () => Promise<ClientAccount | undefined>;
    },
    password: string,
    context: LoginContext,
  ): Promise<LoginOutcome> {
    const attempt = (outcome: string, account?: ClientAccount, details: Record<string, unknown> = {}) => ({
      actor: {
        kind: outcome === AUDIT_SUCCESS ? ('CLIENT' as const) : ('ANONYMOUS' as const),
        id: account?.user_id ?? null,
        organizationId: account?.organization_id ?? null,
      },
      action: 'AUTH_LOGIN',
      outcome,
      ip: context.ip,
      details: { credential: spec.kind, channel: spec.channel, ...details },
    });
    await this.throttled(spec.accountKey, context, (outcome) => attempt(outcome));
    const account = await spec.find();
    if (account?.status === 'BLOCKED') {
      await this.audit.record(attempt(AuthErrorCode.USER_BLOCKED, account));
      throw blocked();
    }
    // Reserve the attempt first: with three already counted, nothing more is even checked.
    let wrongSoFar: number | undefined;
    if (account) {
      const [reserved] = await this.dataSource.query<[{ failed_attempts: number }[], number]>(
        `UPDATE client_credential SET failed_attempts = failed_attempts + 1
         WHERE user_id = $1 AND kind = $2 AND failed_attempts < $3 RETURNING failed_attempts`,
        [account.user_id, spec.kind, MAX_WRONG_PASSWORDS],
      );
      wrongSoFar = reserved[0]?.failed_attempts;
    }
    const ok = await this.hasher.verify(account?.password_hash, password);
    if (!account || !ok || wrongSoFar === undefined) {
      await this.throttle.recordFailure(spec.accountKey, context.ip);
      if (account && (wrongSoFar === undefined || wrongSoFar >= MAX_WRONG_PASSWORDS)) {
        await this.blockAfterWrongEntries(account.user_id);
        await this.audit.record(
          attempt(AuthErrorCode.USER_BLOCKED, account, { wrongEntries: MAX_WRONG_PASSWORDS }),
        );
        throw blocked();
      }
      await this.audit.record(attempt(AuthErrorCode.INVALID_CREDENTIALS, account));
      throw invalidCredentials();
    }
    await this.dataSource.query(
      `UPDATE client_credential SET failed_attempts = 0 WHERE user_id = $1 AND kind = $2`,
      [account.user_id, spec.kind],
    );
    await this.throttle.clearAccount(spec.accountKey);
    if (!account.channels.includes(spec.channel)) {
      await this.audit.record(attempt(AuthErrorCode.CHANNEL_NOT_ENABLED, account));
      throw new FeatureError(
        AuthErrorCode.CHANNEL_NOT_ENABLED,
        `The ${spec.channel} channel is not enabled for you.`,
      );
    }
    const principal: SessionPrincipal = {
      kind: 'CLIENT',
      userId: account.user_id,
      organizationId: account.organization_id,
      channel: spec.channel,
    };
    const session = await this.sessions.open(principal, {
      passwordChangeRequired: account.must_change,
      ...context,
    });
    await this.audit.record({
      ...attempt(AUDIT_SUCCESS, account, { temporaryCredential: account.must_change }),
      subject: { kind: 'SESSION', id: session.id },
    });
    return { session, principal, passwordChangeRequired: account.must_change };
  }

  private async credential(where: string, value: string): Promise<CredentialRow | undefined> {
    const [row] = await this.dataSource.query<CredentialRow[]>(
      `SELECT user_id, password_hash, must_change FROM client_credential WHERE ${where}`,
      [value],
    );
    return row;
  }

  /** The user is blocked, the count starts again for after the manager unblocks, and sessions end. */
  private async blockAfterWrongEntries(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.users.block(userId, manager);
      await manager.query(`UPDATE client_credential SET failed_attempts = 0 WHERE user_id = $1`, [userId]);
      await this.sessions.revokeAllOfClient(userId, 'BLOCKED_WRONG_PASSWORDS', manager);
    });
  }

  private async throttled(
    accountKey: string,
    context: LoginContext,
    attempt: (outcome: string) => AuditRecord,
  ): Promise<void> {
    try {
      await this.throttle.assertAllowed(accountKey, context.ip);
    } catch (error) {
      if (error instanceof FeatureError) await this.audit.record(attempt(error.code));
      throw error;
    }
  }
}

function blocked(): FeatureError {
  return new FeatureError(
    AuthErrorCode.USER_BLOCKED,
    'Your access is blocked after wrong entries or by the bank; your manager can unblock it.',
  );
}

/** A credential and the user it opens, as one account; undefined unless both exist. */
function accountOf(
  credential: CredentialRow | undefined,
  user: ClientUser | null | undefined,
): ClientAccount | undefined {
  if (!credential || !user) return undefined;
  return {
    ...credential,
    organization_id: user.organizationId,
    status: user.status,
    channels: user.channels,
  };
}
