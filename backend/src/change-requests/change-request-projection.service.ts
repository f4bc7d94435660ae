import { Injectable } from '@nestjs/common';
import { type ChangeRequestState, deskOf } from '@qoltanba/workflows/domain';
import { changeRequestWorkflowId } from '@qoltanba/workflows/messages';
import type { EntityManager } from 'typeorm';
import { ProcessProjectionService } from '../processes/process-projection.service.js';

/**
 * Writes a change request's transition to the shared read model (so operators see it among every
 * process) and to its own `change_request` row, which the managers' lists read and whose partial
 * unique index keeps one open request per target.
 */
@Injectable()
export class ChangeRequestProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: ChangeRequestState): Promise<void> {
    await this.processes.record(
      {
        id: state.requestId,
        workflowId: changeRequestWorkflowId(state.requestId),
        type: 'change-request',
        // An onboarding's organization exists only once it is applied (the row's key refers to it);
        // an operator's action on one of the bank's own processes concerns no client.
        organizationId: state.change.type === 'ONBOARD_CLIENT' ? null : state.organizationId || null,
        status: state.status,
        title: state.summary,
        kind: state.change.type,
        awaiting: state.status === 'PENDING_CHECK' ? 'PERSON' : 'NOBODY',
        awaitingDetail:
          state.status === 'PENDING_CHECK'
            ? {
                role: deskOf(state.change.type) === 'OPERATIONS' ? 'OPERATOR' : 'MANAGER',
                not: state.maker.staffId,
              }
            : undefined,
      },
      state.timeline.map(({ actor, ...entry }) => ({
        ...entry,
        ...(actor ? { actor: { userId: actor.staffId, name: actor.name, channel: 'STAFF' } } : {}),
      })),
      (manager) => writeChangeRequestRow(manager, state),
    );
  }
}

async function writeChangeRequestRow(manager: EntityManager, state: ChangeRequestState): Promise<void> {
  const last = state.timeline.at(-1)!;
  await manager.query(
    `INSERT INTO change_request (id, type, organization_id, target_key, status, revision, maker_id, checker_id,
                                 exempt, summary, state, last_seq, submitted_at, expires_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (id) DO UPDATE SET
       status = EXCLUDED.status, revision = EXCLUDED.revision, checker_id = EXCLUDED.checker_id,
       summary = EXCLUDED.summary, state = EXCLUDED.state, last_seq = EXCLUDED.last_seq,
       updated_at = EXCLUDED.updated_at
     WHERE change_request.last_seq < EXCLUDED.last_seq`,
    [
      state.requestId,
      state.change.type,
      state.organizationId || null,
      state.targetKey,
      state.status,
      state.revision,
      state.maker.staffId,
      state.checker?.staffId ?? null,
      state.exempt,
      state.summary,
      JSON.stringify(state),
      last.seq,
      state.submittedAt,
      state.expiresAt,
      last.at,
    ],
  );
}
