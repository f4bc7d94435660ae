import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuditService, auditActor } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { ActiveClientUsers } from './active-client-users.js';
import { accessRefusal } from '../access/access-refusal.js';
import { AuthErrorCode } from './auth-error-code.js';
import { DevHeaderIdentityResolver, hasDevHeaders } from './dev-header-identity.resolver.js';
import type { AuthenticatedRequest } from '../access/access.decorators.js';
import type { Identity } from '../access/identity.js';
import { IdentityResolver } from '../access/identity-resolver.js';
import {
  CSRF_HEADER,
  readCookie,
  SESSION_COOKIE,
  setSessionCookies,
  clearSessionCookies,
} from './sessions/session-cookies.js';
import { SessionsService } from './sessions/sessions.service.js';
import { StaffUsersService } from './staff/staff-users.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isPassive = (request: Request) => (request as AuthenticatedRequest).passiveSession === true;

/**
 * The caller is the principal of the session whose token the HttpOnly cookie carries. The channel
 * (and a staff member's role) come from the session, fixed at log-in, never from the request.
 * State-changing requests must echo the session's CSRF token in X-CSRF-Token. The user or staff
 * member is re-read on every request, so blocking takes effect at once.
 */
@Injectable()
export class SessionIdentityResolver extends IdentityResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly users: ActiveClientUsers,
    private readonly staff: StaffUsersService,
    private readonly devHeaders: DevHeaderIdentityResolver,
    private readonly audit: AuditService,
  ) {
    super();
  }

  async resolve(request: Request): Promise<Identity | undefined> {
    if (hasDevHeaders(request)) {
      if (this.config.nodeEnv === 'test') return this.devHeaders.resolve(request);
      await this.audit.recordQuietly(
        accessRefusal(request, { kind: 'ANONYMOUS' }, AuthErrorCode.DEV_IDENTITY_DISABLED),
      );
      throw new FeatureError(
        AuthErrorCode.DEV_IDENTITY_DISABLED,
        'Identity headers are not accepted; log in.',
      );
    }
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) return undefined;
    const session = await this.sessions.touch(token, { passive: isPassive(request) });
    if (!session) {
      if (request.res) clearSessionCookies(request, request.res);
      throw new FeatureError(AuthErrorCode.SESSION_EXPIRED, 'Your session has ended. Please log in again.');
    }
    if (
      !SAFE_METHODS.has(request.method) &&
      !this.sessions.csrfMatches(session, request.header(CSRF_HEADER))
    ) {
      await this.audit.recordQuietly(
        accessRefusal(request, auditActor(session.principal), AuthErrorCode.CSRF_TOKEN_INVALID),
      );
      throw new FeatureError(
        AuthErrorCode.CSRF_TOKEN_INVALID,
        `Send the session's CSRF token in the ${CSRF_HEADER} header.`,
      );
    }
    if (session.rotatedToken && request.res) {
      setSessionCookies(request, request.res, { sessionToken: session.rotatedToken });
    }
    const ref = {
      id: session.id,
      passwordChangeRequired: session.passwordChangeRequired,
      expiresAt: session.expiresAt,
    };
    const principal = session.principal;
    if (principal.kind === 'STAFF') {
      const member = await this.staff.findActive(principal.staffId);
      return { kind: 'STAFF', staffId: member.id, role: member.role, session: ref };
    }
    const user = await this.users.forSession(principal.userId, principal.channel);
    return {
      kind: 'CLIENT',
      userId: user.id,
      organizationId: user.organizationId,
      channel: principal.channel,
      session: ref,
      user,
    };
  }
}
