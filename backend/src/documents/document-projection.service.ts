import { Injectable } from '@nestjs/common';
import { documentAwaitedParty, type DocumentState } from '@qoltanba/workflows/domain';
import { documentWorkflowId } from '@qoltanba/workflows/messages';
import { ProcessProjectionService } from '../processes/process-projection.service.js';
import type { ProcessDetailRow, ProcessSnapshot } from '../processes/process-snapshot.js';

/**
 * Writes a document's transition: its detail row in `document` (what document lists filter on, and
 * the last state) together with the shared `process` row and timeline. Safe to repeat: the row only
 * moves forward, so a late or repeated projection never overwrites a newer one.
 */
@Injectable()
export class DocumentProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: DocumentState, writtenAt: string): Promise<void> {
    if (state.timeline.length === 0) return;
    await this.processes.record({ ...processSnapshotOf(state), writtenAt }, state.timeline, [
      documentRowOf(state),
    ]);
  }
}

export function processSnapshotOf(state: DocumentState): Omit<ProcessSnapshot, 'writtenAt'> {
  return {
    id: state.documentId,
    workflowId: documentWorkflowId(state.documentId),
    type: 'payment',
    organizationId: state.organizationId,
    status: state.status,
    title: `№ ${state.content.number} · ${state.content.beneficiary.name}`,
    kind: state.type,
    accountIban: state.content.payerIban,
    amount: { minor: state.content.amountTiyn, currency: 'KZT' },
    awaiting: documentAwaitedParty(state.awaiting),
    awaitingDetail: state.awaiting,
  };
}

/** The `document` row: what document lists filter on, and the last state. */
function documentRowOf(state: DocumentState): ProcessDetailRow {
  const { timeline, ...snapshot } = state;
  const last = timeline.at(-1)!;
  return {
    table: 'document',
    values: {
      id: state.documentId,
      organization_id: state.organizationId,
      type: state.type,
      status: state.status,
      number: state.content.number,
      payer_iban: state.content.payerIban,
      amount_tiyn: state.content.amountTiyn,
      value_date: state.content.valueDate,
      beneficiary_name: state.content.beneficiary.name,
      author_id: state.authorId,
      last_seq: last.seq,
      state: snapshot,
      created_at: timeline[0]!.at,
      updated_at: last.at,
    },
    updated: [
      'status',
      'number',
      'payer_iban',
      'amount_tiyn',
      'value_date',
      'beneficiary_name',
      'last_seq',
      'state',
      'updated_at',
    ],
  };
}
