import { Injectable } from '@nestjs/common';
import { documentAwaitedParty, type ApplicationState } from '@qoltanba/workflows/domain';
import { applicationWorkflowId } from '@qoltanba/workflows/messages';
import type { EntityManager } from 'typeorm';
import { ProcessProjectionService } from '../processes/process-projection.service.js';
import type { ProcessSnapshot } from '../processes/process-snapshot.js';
import { summaryOf } from './application-summary.js';

/**
 * Writes an application's transition: its `application` row and the shared `process` row and
 * timeline, in one transaction. Safe to repeat: rows only move forward.
 */
@Injectable()
export class ApplicationProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: ApplicationState): Promise<void> {
    if (state.timeline.length === 0) return;
    await this.processes.record(processSnapshotOf(state), state.timeline, (manager) =>
      writeApplicationRow(manager, state),
    );
  }
}

function processSnapshotOf(state: ApplicationState): ProcessSnapshot {
  const summary = summaryOf(state.content);
  return {
    id: state.applicationId,
    workflowId: applicationWorkflowId(state.applicationId),
    type: 'application',
    organizationId: state.organizationId,
    status: state.status,
    title: summary.subject ? `№ ${state.number} · ${summary.subject}` : `№ ${state.number}`,
    kind: state.kind,
    ...(summary.accountIban ? { accountIban: summary.accountIban } : {}),
    ...(summary.amount ? { amount: summary.amount } : {}),
    awaiting: documentAwaitedParty(state.awaiting),
    awaitingDetail: state.awaiting,
  };
}

function writeApplicationRow(manager: EntityManager, state: ApplicationState): Promise<unknown> {
  const { timeline, ...snapshot } = state;
  const last = timeline.at(-1)!;
  const summary = summaryOf(state.content);
  return manager.query(
    `INSERT INTO application (id, organization_id, kind, family, number, status, author_id, account_iban,
                              amount_minor, currency, cancels_id, last_seq, state, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (id) DO UPDATE SET
       status = EXCLUDED.status, account_iban = EXCLUDED.account_iban, amount_minor = EXCLUDED.amount_minor,
       currency = EXCLUDED.currency, last_seq = EXCLUDED.last_seq, state = EXCLUDED.state,
       updated_at = EXCLUDED.updated_at
     WHERE application.last_seq < EXCLUDED.last_seq`,
    [
      state.applicationId,
      state.organizationId,
      state.kind,
      state.family,
      state.number,
      state.status,
      state.authorId,
      summary.accountIban ?? null,
      summary.amount?.minor ?? null,
      summary.amount?.currency ?? null,
      state.content.kind === 'CANCELLATION' ? state.content.applicationId : null,
      last.seq,
      snapshot,
      timeline[0]!.at,
      last.at,
    ],
  );
}
