import type { Request } from 'express';
import type { AuditRecord } from '../audit/audit.service.js';

/** The audit record of a request refused at the door: who asked, why not, and what was asked. */
export function accessRefusal(
  request: Request,
  actor: AuditRecord['actor'],
  outcome: string,
  details: Record<string, unknown> = {},
): AuditRecord {
  return {
    actor,
    action: 'ACCESS',
    outcome,
    ip: request.ip ?? null,
    details: { method: request.method, path: request.originalUrl.split('?')[0], ...details },
  };
}
