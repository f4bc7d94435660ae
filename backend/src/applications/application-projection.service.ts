import { Injectable } from '@nestjs/common';
import { documentAwaitedParty, type ApplicationState } from '@qoltanba/workflows/domain';
import { applicationWorkflowId } from '@qoltanba/workflows/messages';
import { ProcessProjectionService } from '../processes/process-projection.service.js';
import type { ProcessDetailRow, ProcessSnapshot } from '../processes/process-snapshot.js';
import { summaryOf } from './application-summary.js';

/**
 * Writes an application's transition: its `application` row and the shared `process` row and
 * timeline, in one statement. Safe to repeat: rows only move forward.
 */
@Injectable()
export class ApplicationProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: ApplicationState, writtenAt: string): Promise<void> {
    if (state.timeline.length === 0) return;
    await this.processes.record({ ...processSnapshotOf(state), writtenAt }, state.timeline, [
      applicationRowOf(state),
    ]);
  }
}

function processSnapshotOf(state: ApplicationState): Omit<ProcessSnapshot, 'writtenAt'> {
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

function applicationRowOf(state: ApplicationState): ProcessDetailRow {
  const { timeline, ...snapshot } = state;
  const last = timeline.at(-1)!;
  const summary = summaryOf(state.content);
  return {
    table: 'application',
    values: {
      id: state.applicationId,
      organization_id: state.organizationId,
      kind: state.kind,
      family: state.family,
      number: state.number,
      status: state.status,
      author_id: state.authorId,
      account_iban: summary.accountIban ?? null,
      amount_minor: summary.amount?.minor ?? null,
      currency: summary.amount?.currency ?? null,
      cancels_id: state.content.kind === 'CANCELLATION' ? state.content.applicationId : null,
      last_seq: last.seq,
      state: snapshot,
      created_at: timeline[0]!.at,
      updated_at: last.at,
    },
    updated: ['status', 'account_iban', 'amount_minor', 'currency', 'last_seq', 'state', 'updated_at'],
  };
}
