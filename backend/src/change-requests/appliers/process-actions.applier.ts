import { Injectable } from '@nestjs/common';
import type { ChangeOutcome, ProcessType } from '@qoltanba/workflows/domain';
import {
  cancelDocumentByOperatorUpdate,
  cancelRegistrationUpdate,
  cancelReissueUpdate,
} from '@qoltanba/workflows/messages';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { EntityManager } from 'typeorm';
import { FeatureError } from '../../common/errors/feature-error.js';
import { OpsErrorCode } from '../../ops/ops-error-code.js';
import { ProcessClient } from '../../temporal/process-client.js';
import { ProcessFinished, ProcessNotFound, ProcessRefusal } from '../../temporal/process-errors.js';
import { ChangeRequestsErrorCode as Code } from '../change-requests-error-code.js';
import type { AnyChange, ProcessActionChange } from '../dto/change.dto.js';
import type { ApplyContext, ChangeApplier, Inspection } from './change-applier.js';

interface ProcessRow {
  id: string;
  workflow_id: string;
  type: ProcessType;
  organization_id: string | null;
  status: string;
  title: string;
  awaiting: string;
  broken: { reason: string } | null;
}

/**
 * The kinds of process operators may cancel, each by its own rule: a payment that has not left for
 * the bank, a token registration or reissue in progress (what was issued for it is revoked). The
 * others (applications at the bank, managers' change requests, the bank's own runs) are not theirs
 * to stop.
 */
const CANCELLABLE: readonly ProcessType[] = ['payment', 'token-registration', 'token-reissue'];

/**
 * Operators' dangerous actions on a process, applied once a second operator approved them: cancel
 * (the workflow moves to its own cancelled status and projects it) and terminate, for a process an
 * operator marked broken only — the one case where the workflow can no longer act by its rules.
 */
@Injectable()
export class ProcessActionsApplier implements ChangeApplier {
  readonly types = ['CANCEL_PROCESS', 'TERMINATE_PROCESS'] as const;

  constructor(
    private readonly processes: ProcessClient,
    private readonly temporal: Client,
  ) {}

  async inspect(change: AnyChange, db: EntityManager): Promise<Inspection> {
    const { processId, reason } = change as ProcessActionChange;
    const [process] = await db.query<ProcessRow[]>(
      `SELECT id, workflow_id, type, organization_id, status, title, awaiting, broken FROM process WHERE id = $1`,
      [processId],
    );
    if (!process)
      throw new FeatureError(OpsErrorCode.PROCESS_NOT_FOUND, 'No such process.', {
        field: 'change.processId',
      });
    if (process.awaiting === 'NOBODY')
      throw new FeatureError(Code.WRONG_STATE, `The process is over (${process.status}).`, {
        field: 'change.processId',
      });
    const terminating = change.type === 'TERMINATE_PROCESS';
    if (terminating && !process.broken)
      throw new FeatureError(
        OpsErrorCode.NOT_BROKEN,
        'Only a process marked broken is terminated; a healthy one is cancelled by its own rules.',
        { field: 'change.processId' },
      );
    if (!terminating && !CANCELLABLE.includes(process.type))
      throw new FeatureError(
        OpsErrorCode.NOT_CANCELLABLE,
        `A ${process.type} process is not cancelled by operators.`,
        { field: 'change.processId' },
      );
    // Complete and on its way: the bank may have it already, so it can only go forward.
    if (!terminating && process.type === 'payment' && process.awaiting === 'SYSTEM')
      throw new FeatureError(
        OpsErrorCode.NOT_CANCELLABLE,
        'The payment is on its way to the bank: it can only go forward (retry it, or ask the bank).',
        { field: 'change.processId' },
      );
    return {
      organizationId: process.organization_id ?? '',
      targetKey: `process:${process.id}`,
      summary: process.title,
      differences: [
        { field: 'status', before: process.status, after: terminating ? 'TERMINATED' : 'CANCELLED' },
        { field: 'reason', before: null, after: reason },
      ],
    };
  }

  async apply(change: AnyChange, context: ApplyContext): Promise<ChangeOutcome> {
    const { processId, reason } = change as ProcessActionChange;
    const [process] = await context.tx.query<ProcessRow[]>(
      `SELECT id, workflow_id, type FROM process WHERE id = $1`,
      [processId],
    );
    const operator = context.checker ?? context.maker;
    if (change.type === 'TERMINATE_PROCESS') {
      await this.terminate(context.tx, process!, reason, operator.staffId);
      return { processId, status: 'TERMINATED' };
    }
    // The workflow applies its own rule and projects the cancelled state itself.
    const workflowId = process!.workflow_id;
    const cancelled =
      process!.type === 'payment'
        ? this.processes.update(workflowId, cancelDocumentByOperatorUpdate, { operator, reason })
        : process!.type === 'token-registration'
          ? this.processes.update(workflowId, cancelRegistrationUpdate, { reason })
          : this.processes.update(workflowId, cancelReissueUpdate, { reason });
    await cancelled.catch(refusedByProcess);
    return { processId, status: 'CANCELLED' };
  }

  /**
   * Stops a broken workflow where it stands: Temporal terminates it (a repeat finds it terminated),
   * and the read model records the end, as the workflow itself no longer can.
   */
  private async terminate(tx: EntityManager, process: ProcessRow, reason: string, staffId: string) {
    await this.temporal.workflow
      .getHandle(process.workflow_id)
      .terminate(`terminated by operators: ${reason}`)
      .catch((error: unknown) => {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      });
    await tx.query(
      `WITH ended AS (
         UPDATE process SET status = 'TERMINATED', awaiting = 'NOBODY', awaiting_detail = NULL,
                            last_seq = last_seq + 1, updated_at = now(),
                            -- After any write of the workflow's, so that no late one of them undoes the end.
                            written_at = greatest(written_at, now())
         WHERE id = $1 AND status <> 'TERMINATED'
         RETURNING id, type, organization_id, last_seq
       )
       INSERT INTO process_event (process_id, seq, process_type, organization_id, event, status, actor, details, at)
       SELECT id, last_seq, type, organization_id, 'TERMINATED', 'TERMINATED', $2, $3, now() FROM ended`,
      [process.id, JSON.stringify({ staffId }), JSON.stringify({ reason })],
    );
  }
}

/**
 * The process's own refusal (it moved on since the request was checked, say) fails the request with
 * the process's code; an engine that does not answer is thrown as it is, so the activity retries.
 */
function refusedByProcess(error: unknown): never {
  if (error instanceof ProcessRefusal)
    throw new FeatureError(error.code, error.message, { field: 'change.processId' });
  if (error instanceof ProcessFinished || error instanceof ProcessNotFound)
    throw new FeatureError(Code.WRONG_STATE, 'The process is over.', { field: 'change.processId' });
  throw error;
}
