import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Identity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import type { AuditActorKind } from './audit-event.entity.js';

export const AUDIT_SUCCESS = 'SUCCESS';

/** How a refused act is recorded: the refusal's code, or FAILED for a fault of ours. */
export function auditOutcomeOf(error: unknown): string {
  return error instanceof FeatureError ? error.code : 'FAILED';
}

export interface AuditRecord {
  actor: { kind: AuditActorKind; id?: string | null; organizationId?: string | null };
  action: string;
  /** SUCCESS or the refusal's error code. */
  outcome: string;
  subject?: { kind: string; id: string };
  ip?: string | null;
  /** Identifiers and counts only: never a password, PIN, code or secret. */
  details?: Record<string, unknown>;
}

/** Keys that never belong in an audit row, whatever object they travel in. */
const FORBIDDEN_KEYS =
  /^(password|currentPassword|newPassword|pin|code|otp|otpCode|secret|otpSecret|cells|token|sessionToken|csrfToken)$/i;

/**
 * Appends audit events. Each is written on its own (not in the caller's transaction), so a refused
 * request's rollback never erases the record that it was refused.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: AppLogger,
  ) {}

  async record(event: AuditRecord): Promise<void> {
    const details = event.details ?? {};
    const leaked = Object.keys(details).filter((key) => FORBIDDEN_KEYS.test(key));
    if (leaked.length > 0) throw new Error(`audit details may not carry ${leaked.join(', ')}`);
    await this.dataSource.query(
      `INSERT INTO audit_event (actor_kind, actor_id, organization_id, action, outcome, subject_kind, subject_id, ip, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.actor.kind,
        event.actor.id ?? null,
        event.actor.organizationId ?? null,
        event.action,
        event.outcome,
        event.subject?.kind ?? null,
        event.subject?.id ?? null,
        event.ip ?? null,
        details,
      ],
    );
    if (event.outcome !== AUDIT_SUCCESS) {
      this.logger.info(
        { audit: event.action, outcome: event.outcome, actor: event.actor.id, subject: event.subject?.id },
        'refused and audited',
      );
    }
  }

  /** Records the act without letting a failure to audit hide the refusal being answered. */
  async recordQuietly(event: AuditRecord): Promise<void> {
    await this.record(event).catch((error: unknown) =>
      this.logger.error({ err: error, audit: event.action }, 'audit event not written'),
    );
  }
}

/** The audit actor of an identity the guard established. */
export function auditActor(identity: Identity): AuditRecord['actor'] {
  return identity.kind === 'CLIENT'
    ? { kind: 'CLIENT', id: identity.userId, organizationId: identity.organizationId }
    : { kind: 'STAFF', id: identity.staffId };
}
