import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Channel } from '@qoltanba/workflows/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import type { StaffRole } from '../../access/identity.js';

/** How long a token replaced by rotation keeps working, for requests already in flight. */
const ROTATION_GRACE_SECONDS = 30;

export type SessionPrincipal =
  | { kind: 'CLIENT'; userId: string; organizationId: string; channel: Channel }
  | { kind: 'STAFF'; staffId: string; role: StaffRole };

export interface OpenedSession {
  id: string;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface LiveSession {
  id: string;
  principal: SessionPrincipal;
  passwordChangeRequired: boolean;
  csrfTokenHash: string;
  expiresAt: Date;
  /** Set when this request rotated the token: the new one goes back in the cookie. */
  rotatedToken?: string;
}

interface SessionRow {
  id: string;
  principal_kind: 'CLIENT' | 'STAFF';
  client_user_id: string | null;
  organization_id: string | null;
  channel: Channel | null;
  staff_user_id: string | null;
  staff_role: StaffRole | null;
  password_change_required: boolean;
  csrf_token_hash: string;
  expires_at: Date;
  presented_current: boolean;
  due_for_rotation: boolean;
}

function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

const newToken = () => randomBytes(32).toString('base64url');

/**
 * Server-side sessions: opened at log-in, checked and touched by one conditional UPDATE per request
 * (so an idle, expired or revoked session cannot be revived by a race), rotated as they age,
 * revoked at log-out, password change and blocking.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async open(
    principal: SessionPrincipal,
    options: { passwordChangeRequired: boolean; ip: string | null; userAgent: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OpenedSession> {
    const id = randomUUID();
    const sessionToken = newToken();
    const csrfToken = newToken();
    const rows = await manager.query<{ expires_at: Date }[]>(
      `INSERT INTO user_session (id, token_hash, token_issued_at, csrf_token_hash, principal_kind,
         client_user_id, organization_id, channel, staff_user_id, staff_role, password_change_required,
         created_at, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, now(), $3, $4, $5, $6, $7, $8, $9, $10, now(), now(),
         now() + make_interval(secs => $11), $12, $13)
       RETURNING expires_at`,
      [
        id,
        sha256(sessionToken),
        sha256(csrfToken),
        principal.kind,
        principal.kind === 'CLIENT' ? principal.userId : null,
        principal.kind === 'CLIENT' ? principal.organizationId : null,
        principal.kind === 'CLIENT' ? principal.channel : null,
        principal.kind === 'STAFF' ? principal.staffId : null,
        principal.kind === 'STAFF' ? principal.role : null,
        options.passwordChangeRequired,
        this.config.auth.session.absoluteTimeoutSeconds,
        options.ip,
        options.userAgent?.slice(0, 300) ?? null,
      ],
    );
    return { id, sessionToken, csrfToken, expiresAt: rows[0]!.expires_at };
  }

  /**
   * The live session a token opens, touched (its idle clock restarts), and rotated when its token is
   * due; undefined when the token is unknown or its session ended. A passive check (a live-status
   * stream reconnecting) neither restarts the idle clock nor rotates: only people keep sessions alive.
   */
  async touch(
    token: string,
    { passive = false }: { passive?: boolean } = {},
  ): Promise<LiveSession | undefined> {
    const { idleTimeoutSeconds, staffIdleTimeoutSeconds, rotateAfterSeconds } = this.config.auth.session;
    const hash = sha256(token);
    const [updated] = await this.dataSource.query<[SessionRow[], number]>(
      `UPDATE user_session SET last_seen_at = CASE WHEN $4 THEN last_seen_at ELSE now() END
       WHERE (token_hash = $1 OR (previous_token_hash = $1 AND previous_valid_until > now()))
         AND revoked_at IS NULL
         AND expires_at > now()
         AND last_seen_at > now() - make_interval(secs => CASE WHEN principal_kind = 'STAFF' THEN $5::float8 ELSE $2::float8 END)
       RETURNING id, principal_kind, client_user_id, organization_id, channel, staff_user_id, staff_role,
         password_change_required, csrf_token_hash, expires_at,
         token_hash = $1 AS presented_current,
         token_issued_at < now() - make_interval(secs => $3) AS due_for_rotation`,
      [hash, idleTimeoutSeconds, rotateAfterSeconds, passive, staffIdleTimeoutSeconds],
    );
    const row = updated[0];
    if (!row) return undefined;
    const session: LiveSession = {
      id: row.id,
      principal:
        row.principal_kind === 'CLIENT'
          ? {
              kind: 'CLIENT',
              userId: row.client_user_id!,
              organizationId: row.organization_id!,
              channel: row.channel!,
            }
          : { kind: 'STAFF', staffId: row.staff_user_id!, role: row.staff_role! },
      passwordChangeRequired: row.password_change_required,
      csrfTokenHash: row.csrf_token_hash,
      expiresAt: row.expires_at,
    };
    if (!passive && row.presented_current && row.due_for_rotation) {
      const rotated = await this.rotate(row.id, hash);
      if (rotated) session.rotatedToken = rotated;
    }
    return session;
  }

  /** Whether the header carries this session's CSRF token (compared in constant time). */
  csrfMatches(session: LiveSession, presented: string | undefined): boolean {
    if (!presented || presented.length > 128) return false;
    return timingSafeEqual(Buffer.from(sha256(presented), 'hex'), Buffer.from(session.csrfTokenHash, 'hex'));
  }

  async revoke(sessionId: string, reason: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE user_session SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  /** Ends the session a (possibly stale) cookie token names, if any: a new log-in replaces it. */
  async revokeByToken(token: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_session SET revoked_at = now(), revoked_reason = $2 WHERE token_hash = $1 AND revoked_at IS NULL`,
      [sha256(token), reason],
    );
  }

  /** Ends every session of a client user (blocked, password changed elsewhere), but `except`. */
  async revokeAllOfClient(
    userId: string,
    reason: string,
    manager: EntityManager = this.dataSource.manager,
    except?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE user_session SET revoked_at = now(), revoked_reason = $2
       WHERE client_user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, except ?? null],
    );
  }

  async revokeAllOfStaff(staffId: string, reason: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE user_session SET revoked_at = now(), revoked_reason = $2 WHERE staff_user_id = $1 AND revoked_at IS NULL`,
      [staffId, reason],
    );
  }

  /** Replaces the token only if it is still the current one: of two concurrent requests, one rotates. */
  private async rotate(sessionId: string, currentHash: string): Promise<string | undefined> {
    const token = newToken();
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE user_session
       SET previous_token_hash = token_hash,
           previous_valid_until = now() + make_interval(secs => $4),
           token_hash = $3,
           token_issued_at = now()
       WHERE id = $1 AND token_hash = $2
       RETURNING id`,
      [sessionId, currentHash, sha256(token), ROTATION_GRACE_SECONDS],
    );
    return rows.length > 0 ? token : undefined;
  }
}
