import { AUDIT_SUCCESS, type AuditService, auditOutcomeOf } from '../audit/audit.service.js';

export interface StepSubject {
  kind: 'TOKEN_REGISTRATION' | 'TOKEN_REISSUE';
  id: string;
  userId: string;
}

/** A wizard step, audited with its outcome: SUCCESS, or the refusal's code (a refused step leaves a trace too). */
export async function auditedStep<T>(
  audit: AuditService,
  subject: StepSubject,
  step: string,
  work: () => Promise<T>,
): Promise<T> {
  const record = (outcome: string) =>
    audit.recordQuietly({
      actor: { kind: 'CLIENT', id: subject.userId },
      action: `${subject.kind}_STEP`,
      outcome,
      subject: { kind: subject.kind, id: subject.id },
      details: { step },
    });
  try {
    const result = await work();
    await record(AUDIT_SUCCESS);
    return result;
  } catch (error) {
    await record(auditOutcomeOf(error));
    throw error;
  }
}
