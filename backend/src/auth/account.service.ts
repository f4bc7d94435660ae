import type { ClientUser, UserLanguage } from '../organizations/client-user.entity.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService, auditActor } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { AuthErrorCode } from './auth-error-code.js';
import type { SessionView } from './dto/session.view.js';
import type { Identity } from '../access/identity.js';
import type { LoginContext, LoginOutcome } from './login.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordHasher } from '../common/crypto/password-hasher.js';
import { passwordViolations } from './passwords/password-policy.js';
import { SessionsService, type SessionPrincipal } from './sessions/sessions.service.js';
import { AccessErrorCode } from '../access/access-error-code.js';

/**
 * What a logged-in principal does to its own account: read its session, change its password
 * (which ends every other session and rotates this one), log out.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clientUsers: ClientUsersService,
  ) {}

  async view(
    principal: SessionPrincipal,
    session: { passwordChangeRequired: boolean; expiresAt: Date; csrfToken?: string },
    /** The client user, when the request's authentication has read it already. */
    known?: ClientUser,
  ): Promise<SessionView> {
    const common = {
      passwordChangeRequired: session.passwordChangeRequired,
      idleTimeoutSeconds:
        principal.kind === 'STAFF'
          ? this.config.auth.session.staffIdleTimeoutSeconds
          : this.config.auth.session.idleTimeoutSeconds,
      expiresAt: session.expiresAt.toISOString(),
      ...(session.csrfToken ? { csrfToken: session.csrfToken } : {}),
    };
    if (principal.kind === 'STAFF') {
      const [member] = await this.dataSource.query<{ full_name: string }[]>(
        `SELECT full_name FROM staff_user WHERE id = $1`,
        [principal.staffId],
      );
      return {
        principal: {
          kind: 'STAFF',
          staffId: principal.staffId,
          fullName: member?.full_name ?? '',
          role: principal.role,
        },
        ...common,
      };
    }
    const profile = await this.clientUsers.profile(principal.userId, known);
    return {
      principal: {
        kind: 'CLIENT',
        userId: principal.userId,
        fullName: profile?.user.fullName ?? '',
        organizationId: principal.organizationId,
        organizationName: profile?.organizationName ?? '',
        channel: principal.channel,
        signatureRight: profile?.user.signatureRight ?? 'NONE',
        mayPrepare: profile?.mayPrepare ?? false,
      },
      ...common,
    };
  }

  async current(identity: Identity): Promise<SessionView> {
    const session = this.requireSession(identity);
    return this.view(
      principalOf(identity),
      { passwordChangeRequired: session.passwordChangeRequired, expiresAt: session.expiresAt },
      identity.kind === 'CLIENT' ? identity.user : undefined,
    );
  }

  async changePassword(
    identity: Identity,
    currentPassword: string,
    newPassword: string,
    context: LoginContext,
  ): Promise<LoginOutcome> {
    this.requireSession(identity);
    const target =
      identity.kind === 'STAFF'
        ? {
            table: 'staff_user',
            where: 'id = $1',
            params: [identity.staffId],
            key: `change:staff:${identity.staffId}`,
          }
        : {
            table: 'client_credential',
            where: 'user_id = $1 AND kind = $2',
            params: [identity.userId, identity.channel === 'STANDARD' ? 'STANDARD' : 'PHONE'],
            key: `change:client:${identity.userId}`,
          };
    const audited = (outcome: string) =>
      this.audit.record({
        actor: auditActor(identity),
        action: 'AUTH_PASSWORD_CHANGE',
        outcome,
        ip: context.ip,
      });
    await this.throttle.assertAllowed(target.key, context.ip);
    const [row] = await this.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM ${target.table} WHERE ${target.where}`,
      target.params,
    );
    if (!(await this.hasher.verify(row?.password_hash, currentPassword))) {
      await this.throttle.recordFailure(target.key, context.ip);
      await audited(AuthErrorCode.CURRENT_PASSWORD_WRONG);
      throw new FeatureError(AuthErrorCode.CURRENT_PASSWORD_WRONG, 'The current password is not correct.', {
        field: 'currentPassword',
      });
    }
    const violations = passwordViolations(newPassword, currentPassword);
    if (violations.length > 0) {
      await audited(AuthErrorCode.PASSWORD_POLICY_VIOLATED);
      throw new FeatureError(
        AuthErrorCode.PASSWORD_POLICY_VIOLATED,
        violations.map((violation) => violation.message).join(' '),
        { field: 'newPassword', violations },
      );
    }
    const hash = await this.hasher.hash(newPassword);
    const principal = principalOf(identity);
    const opened = await this.dataSource.transaction(async (manager) => {
      if (identity.kind === 'STAFF') {
        await manager.query(`UPDATE staff_user SET password_hash = $2 WHERE id = $1`, [
          identity.staffId,
          hash,
        ]);
        await this.sessions.revokeAllOfStaff(identity.staffId, 'PASSWORD_CHANGED', manager);
      } else {
        await manager.query(
          `UPDATE client_credential SET password_hash = $3, must_change = false, failed_attempts = 0,
             password_set_at = now() WHERE user_id = $1 AND kind = $2`,
          [...target.params, hash],
        );
        await this.sessions.revokeAllOfClient(identity.userId, 'PASSWORD_CHANGED', manager);
      }
      return this.sessions.open(principal, { passwordChangeRequired: false, ...context }, manager);
    });
    await audited(AUDIT_SUCCESS);
    return { session: opened, principal, passwordChangeRequired: false };
  }

  /** Remembers the language a client chose in the web app, for the bank's SMS to them. */
  async rememberLanguage(identity: Identity, language: UserLanguage): Promise<void> {
    if (identity.kind !== 'CLIENT') return;
    await this.dataSource.query(`UPDATE client_user SET language = $2 WHERE id = $1`, [
      identity.userId,
      language,
    ]);
  }

  async logout(identity: Identity, ip: string | null): Promise<void> {
    const session = this.requireSession(identity);
    await this.sessions.revoke(session.id, 'LOGGED_OUT');
    await this.audit.record({
      actor: auditActor(identity),
      action: 'AUTH_LOGOUT',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'SESSION', id: session.id },
      ip,
    });
  }

  /** Account actions need a real session (not the test suite's identity headers). */
  private requireSession(identity: Identity) {
    if (!identity.session) {
      throw new FeatureError(AccessErrorCode.UNAUTHENTICATED, 'Please log in.');
    }
    return identity.session;
  }
}

function principalOf(identity: Identity): SessionPrincipal {
  return identity.kind === 'CLIENT'
    ? {
        kind: 'CLIENT',
        userId: identity.userId,
        organizationId: identity.organizationId,
        channel: identity.channel,
      }
    : { kind: 'STAFF', staffId: identity.staffId, role: identity.role };
}
