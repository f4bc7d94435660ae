import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Identity } from './identity.js';
import { MANAGER_ROLES, type StaffRole } from './identity.js';

export const ACCESS_KEY = 'qoltanba:access';

/**
 * Who may call a handler. Every handler must say; the guard refuses handlers that do not.
 * SESSION: anyone logged in, including a session that must change its password first (log-out,
 * password change, "who am I").
 */
export type Access =
  { kind: 'PUBLIC' } | { kind: 'SESSION' } | { kind: 'CLIENT' } | { kind: 'STAFF'; roles: StaffRole[] };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'PUBLIC' } satisfies Access);
/** Every access but PUBLIC needs the session cookie; the OpenAPI document says so (and adds CSRF). */
const withSession = (access: Access) =>
  applyDecorators(SetMetadata(ACCESS_KEY, access), ApiSecurity('session'));
export const SessionAccess = () => withSession({ kind: 'SESSION' });
/** Client handlers must also declare their channel function (@RequiresChannelFunction). */
export const ClientAccess = () => withSession({ kind: 'CLIENT' });
export const StaffAccess = (...roles: StaffRole[]) => withSession({ kind: 'STAFF', roles });
/** The client-facing staff: managers and senior managers. */
export const ManagerAccess = () => StaffAccess(...MANAGER_ROLES);

export interface AuthenticatedRequest extends Request {
  identity?: Identity;
  /** Set by the guard for @PassiveSession handlers: the session is checked, not kept alive. */
  passiveSession?: boolean;
}

export const PASSIVE_SESSION_KEY = 'qoltanba:passive-session';

/**
 * For requests a page makes by itself (a live-status stream reconnecting): they need a live session
 * but must not keep it alive, or a page left open would defeat the idle timeout.
 */
export const PassiveSession = () => SetMetadata(PASSIVE_SESSION_KEY, true);

/** The caller as the guard established it. */
export const CurrentIdentity = createParamDecorator(
  (_: unknown, context: ExecutionContext): Identity | undefined =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().identity,
);
