import { Injectable } from '@nestjs/common';
import {
  isRegistrationOpen,
  isReissueOpen,
  registrationAwaitedParty,
  reissueAwaitedParty,
  type RegistrationState,
  type ReissueState,
} from '@qoltanba/workflows/domain';
import { tokenRegistrationWorkflowId, tokenReissueWorkflowId } from '@qoltanba/workflows/messages';
import type { EntityManager } from 'typeorm';
import { ProcessProjectionService } from '../processes/process-projection.service.js';

/**
 * Writes a registration's or reissue's transition to the shared read model (the `process` row and
 * timeline) and its own row (`token_registration`, `token_reissue`), which only moves forward and
 * closes with the process.
 */
@Injectable()
export class RegistrationProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: RegistrationState): Promise<void> {
    await this.processes.record(
      {
        id: state.registrationId,
        workflowId: tokenRegistrationWorkflowId(state.registrationId),
        type: 'token-registration',
        organizationId: state.holder.organizationId,
        status: state.status,
        title: `Token registration · ${state.holder.name}`,
        awaiting: registrationAwaitedParty(state.status),
        awaitingDetail: { userId: state.holder.userId },
      },
      state.timeline,
      (manager) => writeRegistrationRow(manager, state),
    );
  }

  async projectReissue(state: ReissueState): Promise<void> {
    await this.processes.record(
      {
        id: state.reissueId,
        workflowId: tokenReissueWorkflowId(state.reissueId),
        type: 'token-reissue',
        organizationId: state.holder.organizationId,
        status: state.status,
        title: `Token reissue · ${state.holder.name}`,
        awaiting: reissueAwaitedParty(state.status),
        awaitingDetail: { userId: state.holder.userId, registrationId: state.registrationId },
      },
      state.timeline,
      (manager) => writeReissueRow(manager, state),
    );
  }
}

async function writeReissueRow(manager: EntityManager, state: ReissueState): Promise<void> {
  const last = state.timeline.at(-1)!;
  const startedBy = state.startedBy.kind === 'CLIENT' ? 'CLIENT' : `MANAGER:${state.startedBy.id}`;
  if (state.status === 'REGISTERING' && state.registrationId) {
    // The registration it starts is the user's open one from this moment: the wizard goes on in it
    // at once, before the child workflow's own first projection.
    await manager.query(
      `INSERT INTO token_registration (id, workflow_id, user_id, organization_id, status, reissue_id)
       VALUES ($1, $2, $3, $4, 'AWAITING_TOKEN', $5) ON CONFLICT (id) DO NOTHING`,
      [
        state.registrationId,
        tokenRegistrationWorkflowId(state.registrationId),
        state.holder.userId,
        state.holder.organizationId,
        state.reissueId,
      ],
    );
  }
  await manager.query(
    `INSERT INTO token_reissue (id, workflow_id, user_id, organization_id, status, open, reason, started_by,
                                registration_id, last_seq, started_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, open = EXCLUDED.open,
       registration_id = EXCLUDED.registration_id, last_seq = EXCLUDED.last_seq, updated_at = EXCLUDED.updated_at
     WHERE token_reissue.last_seq < EXCLUDED.last_seq`,
    [
      state.reissueId,
      tokenReissueWorkflowId(state.reissueId),
      state.holder.userId,
      state.holder.organizationId,
      state.status,
      isReissueOpen(state),
      state.reason,
      startedBy,
      state.registrationId,
      last.seq,
      state.startedAt,
      last.at,
    ],
  );
}

function writeRegistrationRow(manager: EntityManager, state: RegistrationState): Promise<unknown> {
  const last = state.timeline.at(-1)!;
  return manager.query(
    `INSERT INTO token_registration (id, workflow_id, user_id, organization_id, status, open, reissue_id,
                                     token_serial, last_seq, started_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, open = EXCLUDED.open,
       token_serial = EXCLUDED.token_serial, last_seq = EXCLUDED.last_seq, updated_at = EXCLUDED.updated_at
     WHERE token_registration.last_seq < EXCLUDED.last_seq`,
    [
      state.registrationId,
      tokenRegistrationWorkflowId(state.registrationId),
      state.holder.userId,
      state.holder.organizationId,
      state.status,
      isRegistrationOpen(state),
      state.reissueId,
      state.token?.serialNumber ?? null,
      last.seq,
      state.startedAt,
      last.at,
    ],
  );
}
