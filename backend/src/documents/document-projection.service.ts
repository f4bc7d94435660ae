import { Injectable } from '@nestjs/common';
import { documentAwaitedParty, type DocumentState } from '@qoltanba/workflows/domain';
import { documentWorkflowId } from '@qoltanba/workflows/messages';
import type { EntityManager } from 'typeorm';
import { ProcessProjectionService } from '../processes/process-projection.service.js';
import type { ProcessSnapshot } from '../processes/process-snapshot.js';

/**
 * Writes a document's transition: its detail row in `document` (what document lists filter on, and
 * the last state) together with the shared `process` row and timeline. Safe to repeat: the row only
 * moves forward, so a late or repeated projection never overwrites a newer one.
 */
@Injectable()
export class DocumentProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: DocumentState): Promise<void> {
    if (state.timeline.length === 0) return;
    await this.processes.record(processSnapshotOf(state), state.timeline, (manager) =>
      writeDocumentRow(manager, state),
    );
  }
}

export function processSnapshotOf(state: DocumentState): ProcessSnapshot {
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

function writeDocumentRow(manager: EntityManager, state: DocumentState): Promise<unknown> {
  const { timeline, ...snapshot } = state;
  const last = timeline.at(-1)!;
  return manager.query(
    `INSERT INTO document (id, organization_id, type, status, number, payer_iban, amount_tiyn, value_date,
                           beneficiary_name, author_id, last_seq, state, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (id) DO UPDATE SET
       status = EXCLUDED.status, number = EXCLUDED.number, payer_iban = EXCLUDED.payer_iban,
       amount_tiyn = EXCLUDED.amount_tiyn, value_date = EXCLUDED.value_date,
       beneficiary_name = EXCLUDED.beneficiary_name, last_seq = EXCLUDED.last_seq,
       state = EXCLUDED.state, updated_at = EXCLUDED.updated_at
     WHERE document.last_seq < EXCLUDED.last_seq`,
    [
      state.documentId,
      state.organizationId,
      state.type,
      state.status,
      state.content.number,
      state.content.payerIban,
      state.content.amountTiyn,
      state.content.valueDate,
      state.content.beneficiary.name,
      state.authorId,
      last.seq,
      snapshot,
      timeline[0]!.at,
      last.at,
    ],
  );
}
