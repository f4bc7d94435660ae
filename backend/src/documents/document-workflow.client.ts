import { HttpStatus, Injectable } from '@nestjs/common';
import {
  ApplicationFailure,
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WithStartWorkflowOperation,
} from '@temporalio/client';
import { paymentDocumentWorkflow } from '@qoltanba/workflows';
import type { DocumentRejectionCode, DocumentState } from '@qoltanba/workflows/domain';
import {
  documentReadyUpdate,
  documentStateQuery,
  documentWorkflowId,
  type PaymentDocumentInput,
} from '@qoltanba/workflows/messages';
import type { UpdateDefinition } from '@temporalio/common';
import { ApiError } from '../common/errors/api-error.js';
import { AppConfig } from '../config/app-config.js';
import { AppLogger } from '../logging/app-logger.js';
import { DocumentsErrorCode, REJECTION_STATUS } from './documents-error-code.js';

/** How long a person waits for an update before being told the engine is unavailable. */
const UPDATE_TIMEOUT_MS = 20_000;

/**
 * Starts document workflows and runs their updates, translating Temporal's outcomes into API
 * answers: a refused update keeps its code and field; a missing workflow is a 404.
 */
@Injectable()
export class DocumentWorkflowClient {
  constructor(
    private readonly temporal: Client,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  /**
   * Starts the workflow and answers once its first state is in the read model. A repeat with the
   * same document id joins the running workflow; one whose workflow has finished reads its final
   * state, and never starts the payment again (REJECT_DUPLICATE).
   */
  async start(input: PaymentDocumentInput): Promise<DocumentState> {
    const startWorkflowOperation = new WithStartWorkflowOperation(paymentDocumentWorkflow, {
      workflowId: documentWorkflowId(input.documentId),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    try {
      return await this.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
        this.temporal.workflow.executeUpdateWithStart(documentReadyUpdate, { startWorkflowOperation }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return this.state(input.documentId);
      throw this.unavailable(error);
    }
  }

  async state(documentId: string): Promise<DocumentState> {
    try {
      return await this.temporal.workflow.getHandle(documentWorkflowId(documentId)).query(documentStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw this.unavailable(error);
    }
  }

  async update<A>(
    documentId: string,
    update: UpdateDefinition<DocumentState, [A]>,
    arg: A,
  ): Promise<DocumentState> {
    const handle = this.temporal.workflow.getHandle(documentWorkflowId(documentId));
    try {
      return await this.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
        handle.executeUpdate(update, { args: [arg] }),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        throw refusal(error.cause);
      }
      // A finished workflow takes no more updates: the document is final. The server says so with
      // NOT_FOUND ("workflow execution already completed"), which the client reports as not found.
      if (error instanceof Error && /already completed/i.test(error.message)) {
        throw new ApiError(
          HttpStatus.CONFLICT,
          'DOCUMENT_WRONG_STATUS',
          'The document is final and takes no more actions.',
        );
      }
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw this.unavailable(error);
    }
  }

  private unavailable(error: unknown): ApiError {
    this.logger.error({ err: error }, 'document engine call failed');
    return new ApiError(
      HttpStatus.SERVICE_UNAVAILABLE,
      DocumentsErrorCode.ENGINE_UNAVAILABLE,
      'The document engine is not answering; nothing was changed. Please try again.',
    );
  }
}

function refusal(failure: ApplicationFailure): ApiError {
  const code = (failure.type ?? 'DOCUMENT_REFUSED') as DocumentRejectionCode;
  const field = (failure.details?.[0] as { field?: string | null } | undefined)?.field ?? undefined;
  return new ApiError(
    REJECTION_STATUS[code] ?? HttpStatus.CONFLICT,
    code,
    failure.message,
    field ? { field } : undefined,
  );
}

export function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, DocumentsErrorCode.NOT_FOUND, 'No such document.', {
    field: 'id',
  });
}
