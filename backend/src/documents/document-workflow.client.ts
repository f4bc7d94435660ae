import { HttpStatus, Injectable } from '@nestjs/common';
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
import { ProcessClient } from '../temporal/process-client.js';
import { ProcessFinished, ProcessNotFound, ProcessRefusal } from '../temporal/process-errors.js';
import { DocumentsErrorCode } from './documents-error-code.js';
import { DOCUMENT_REJECTION_STATUS } from './documents-status-table.js';

/**
 * The payment document's process, in the API's words: a refused update keeps its code and field; a
 * missing document is a 404; a final one takes no more actions (409).
 */
@Injectable()
export class DocumentWorkflowClient {
  constructor(private readonly processes: ProcessClient) {}

  /**
   * Starts the workflow and answers once its first state is in the read model. A repeat with the
   * same document id joins the running workflow; one whose workflow has finished reads its final
   * state, and never starts the payment again.
   */
  async start(input: PaymentDocumentInput): Promise<DocumentState> {
    const started = await this.processes
      .startWithUpdate(
        paymentDocumentWorkflow,
        { workflowId: documentWorkflowId(input.documentId), args: [input] },
        documentReadyUpdate,
      )
      .catch(inDocumentTerms);
    return started ?? this.state(input.documentId);
  }

  state(documentId: string): Promise<DocumentState> {
    return this.processes.query(documentWorkflowId(documentId), documentStateQuery).catch(inDocumentTerms);
  }

  update<A>(
    documentId: string,
    update: UpdateDefinition<DocumentState, [A]>,
    arg: A,
  ): Promise<DocumentState> {
    return this.processes.update(documentWorkflowId(documentId), update, arg).catch(inDocumentTerms);
  }
}

function inDocumentTerms(error: unknown): never {
  if (error instanceof ProcessRefusal) {
    throw new ApiError(
      DOCUMENT_REJECTION_STATUS[error.code as DocumentRejectionCode] ?? HttpStatus.CONFLICT,
      error.code,
      error.message,
      error.field ? { field: error.field } : undefined,
    );
  }
  if (error instanceof ProcessNotFound) throw notFound();
  if (error instanceof ProcessFinished) {
    throw new ApiError(
      HttpStatus.CONFLICT,
      'DOCUMENT_WRONG_STATUS',
      'The document is final and takes no more actions.',
    );
  }
  throw new ApiError(
    HttpStatus.SERVICE_UNAVAILABLE,
    DocumentsErrorCode.ENGINE_UNAVAILABLE,
    'The document engine is not answering; nothing was changed. Please try again.',
  );
}

export function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, DocumentsErrorCode.NOT_FOUND, 'No such document.', {
    field: 'id',
  });
}
