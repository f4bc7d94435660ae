import { Injectable } from '@nestjs/common';
import {
  ApplicationFailure,
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import type {
  QueryDefinition,
  SignalDefinition,
  UpdateDefinition,
  WithWorkflowArgs,
  Workflow,
} from '@temporalio/common';
import type { RefusalDetails } from '@qoltanba/workflows/messages';
import { AppConfig } from '../config/app-config.js';
import { AppLogger } from '../logging/app-logger.js';
import {
  ProcessEngineUnavailable,
  ProcessFinished,
  ProcessNotFound,
  ProcessRefusal,
} from './process-errors.js';

/** Which process to start: its workflow id and arguments. */
export type ProcessStart<W extends Workflow> = WithWorkflowArgs<W, { workflowId: string }>;

/**
 * The one way the API talks to processes: start, update, query, signal and cancel, each bounded in
 * time, and every failure told by its type — never by the words of its message — as a
 * ProcessNotFound, ProcessFinished, ProcessRefusal or ProcessEngineUnavailable.
 */
@Injectable()
export class ProcessClient {
  constructor(
    private readonly temporal: Client,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  /**
   * Starts the process and runs `update` on it in one call (update-with-start), so the caller gets an
   * answer the process gave. A repeat with the same workflow id joins the running process; one
   * whose process has ended answers `undefined` and never starts it again (REJECT_DUPLICATE).
   */
  async startWithUpdate<W extends Workflow, R>(
    workflow: W,
    start: ProcessStart<W>,
    update: UpdateDefinition<R, []>,
  ): Promise<R | undefined> {
    // The SDK's conditional `args` type does not survive a spread over a generic workflow: the
    // options are the caller's ProcessStart<W> plus ours, which is what the cast says.
    const options = {
      ...start,
      taskQueue: this.config.temporal.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    } as unknown as WithStartWorkflowOperation<W>['options'];
    const startWorkflowOperation = new WithStartWorkflowOperation(workflow, options);
    try {
      return await this.bounded(() =>
        this.temporal.workflow.executeUpdateWithStart(update, { startWorkflowOperation }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return undefined;
      throw await this.translate(start.workflowId, error);
    }
  }

  query<R>(workflowId: string, query: QueryDefinition<R, []>): Promise<R> {
    return this.call(workflowId, (handle) => handle.query(query));
  }

  update<R, A>(workflowId: string, update: UpdateDefinition<R, [A]>, arg: A): Promise<R> {
    return this.call(workflowId, (handle) => handle.executeUpdate(update, { args: [arg] }));
  }

  signal<A>(workflowId: string, signal: SignalDefinition<[A]>, arg: A): Promise<void> {
    return this.call(workflowId, (handle) => handle.signal(signal, arg));
  }

  /** One bounded call on the process's handle, its failure told by type. */
  private async call<T>(workflowId: string, work: (handle: WorkflowHandle) => Promise<T>): Promise<T> {
    try {
      return await this.bounded(() => work(this.temporal.workflow.getHandle(workflowId)));
    } catch (error) {
      throw await this.translate(workflowId, error);
    }
  }

  private bounded<T>(call: () => Promise<T>): Promise<T> {
    return this.temporal.withDeadline(Date.now() + this.config.temporal.callTimeoutMs, call);
  }

  private async translate(workflowId: string, error: unknown): Promise<Error> {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const details = error.cause.details?.[0] as Partial<RefusalDetails> | undefined;
      return new ProcessRefusal(
        error.cause.type ?? 'PROCESS_REFUSED',
        error.cause.message,
        details?.field ?? undefined,
      );
    }
    // An ended workflow and one that never was both come as not found: the description tells them apart.
    if (error instanceof WorkflowNotFoundError) return this.endedOrMissing(workflowId);
    this.logger.error({ err: error, workflowId }, 'process engine call failed');
    return new ProcessEngineUnavailable(error);
  }

  private async endedOrMissing(workflowId: string): Promise<Error> {
    try {
      const { status } = await this.bounded(() => this.temporal.workflow.getHandle(workflowId).describe());
      // Running after all: it ended and was replaced as we asked; a second try reaches the new run.
      return status.name === 'RUNNING'
        ? new ProcessEngineUnavailable(new Error(`${workflowId} was replaced during the call`))
        : new ProcessFinished(workflowId, status.name);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return new ProcessNotFound(workflowId);
      this.logger.error({ err: error, workflowId }, 'process engine call failed');
      return new ProcessEngineUnavailable(error);
    }
  }
}
