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
import { ProcessProjectionService } from '../processes/process-projection.service.js';
import type { ProcessDetailRow } from '../processes/process-snapshot.js';

/**
 * Writes a registration's or reissue's transition to the shared read model (the `process` row and
 * timeline) and its own row (`token_registration`, `token_reissue`), which only moves forward and
 * closes with the process.
 */
@Injectable()
export class RegistrationProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: RegistrationState, writtenAt: string): Promise<void> {
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
        writtenAt,
      },
      state.timeline,
      [registrationRowOf(state)],
    );
  }

  async projectReissue(state: ReissueState, writtenAt: string): Promise<void> {
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
        writtenAt,
      },
      state.timeline,
      reissueRowsOf(state),
    );
  }
}

function reissueRowsOf(state: ReissueState): ProcessDetailRow[] {
  const last = state.timeline.at(-1)!;
  const startedBy = state.startedBy.kind === 'CLIENT' ? 'CLIENT' : `MANAGER:${state.startedBy.id}`;
  const reissue: ProcessDetailRow = {
    table: 'token_reissue',
    values: {
      id: state.reissueId,
      workflow_id: tokenReissueWorkflowId(state.reissueId),
      user_id: state.holder.userId,
      organization_id: state.holder.organizationId,
      status: state.status,
      open: isReissueOpen(state),
      reason: state.reason,
      started_by: startedBy,
      registration_id: state.registrationId,
      last_seq: last.seq,
      started_at: state.startedAt,
      updated_at: last.at,
    },
    updated: ['status', 'open', 'registration_id', 'last_seq', 'updated_at'],
  };
  if (state.status !== 'REGISTERING' || !state.registrationId) return [reissue];
  // The registration it starts is the user's open one from this moment: the wizard goes on in it
  // at once, before the child workflow's own first projection.
  const registration: ProcessDetailRow = {
    table: 'token_registration',
    values: {
      ...registrationKeyOf(state.registrationId, state.holder),
      status: 'AWAITING_TOKEN',
      reissue_id: state.reissueId,
    },
    updated: [],
  };
  return [registration, reissue];
}

function registrationRowOf(state: RegistrationState): ProcessDetailRow {
  const last = state.timeline.at(-1)!;
  return {
    table: 'token_registration',
    values: {
      ...registrationKeyOf(state.registrationId, state.holder),
      status: state.status,
      open: isRegistrationOpen(state),
      reissue_id: state.reissueId,
      token_serial: state.token?.serialNumber ?? null,
      last_seq: last.seq,
      started_at: state.startedAt,
      updated_at: last.at,
    },
    updated: ['status', 'open', 'token_serial', 'last_seq', 'updated_at'],
  };
}

/** The columns a registration row is created with, whoever writes it first (itself or its reissue). */
function registrationKeyOf(registrationId: string, holder: { userId: string; organizationId: string }) {
  return {
    id: registrationId,
    workflow_id: tokenRegistrationWorkflowId(registrationId),
    user_id: holder.userId,
    organization_id: holder.organizationId,
  };
}
