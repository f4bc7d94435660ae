import { Injectable } from '@nestjs/common';
import { type ChangeRequestState, deskOf } from '@qoltanba/workflows/domain';
import { changeRequestWorkflowId } from '@qoltanba/workflows/messages';
import { ProcessProjectionService } from '../processes/process-projection.service.js';
import type { ProcessDetailRow } from '../processes/process-snapshot.js';

/**
 * Writes a change request's transition to the shared read model (so operators see it among every
 * process) and to its own `change_request` row, which the managers' lists read and whose partial
 * unique index keeps one open request per target.
 */
@Injectable()
export class ChangeRequestProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: ChangeRequestState, writtenAt: string): Promise<void> {
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
        writtenAt,
      },
      state.timeline.map(({ actor, ...entry }) => ({
        ...entry,
        ...(actor ? { actor: { userId: actor.staffId, name: actor.name, channel: 'STAFF' } } : {}),
      })),
      [changeRequestRowOf(state)],
    );
  }
}

function changeRequestRowOf(state: ChangeRequestState): ProcessDetailRow {
  const last = state.timeline.at(-1)!;
  return {
    table: 'change_request',
    values: {
      id: state.requestId,
      type: state.change.type,
      organization_id: state.organizationId || null,
      target_key: state.targetKey,
      status: state.status,
      revision: state.revision,
      maker_id: state.maker.staffId,
      checker_id: state.checker?.staffId ?? null,
      exempt: state.exempt,
      summary: state.summary,
      state: JSON.stringify(state),
      last_seq: last.seq,
      submitted_at: state.submittedAt,
      expires_at: state.expiresAt,
      updated_at: last.at,
    },
    updated: ['status', 'revision', 'checker_id', 'summary', 'state', 'last_seq', 'updated_at'],
  };
}
