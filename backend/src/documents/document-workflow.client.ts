import { Injectable } from '@nestjs/common';
import { paymentDocumentWorkflow } from '@qoltanba/workflows';
import { DocumentRejectionCode, type DocumentState } from '@qoltanba/workflows/domain';
import {
  documentReadyUpdate,
  documentStateQuery,
  documentWorkflowId,
  type PaymentDocumentInput,
} from '@qoltanba/workflows/messages';
import type { UpdateDefinition } from '@temporalio/common';
import { FeatureError } from '../common/errors/feature-error.js';
import { ProcessClient } from '../temporal/process-client.js';
import { inFeatureTerms } from '../temporal/in-feature-terms.js';
import { DocumentsErrorCode } from './documents-error-code.js';

/**
 * The payment document's process, in the API's words: a refused update keeps its code and field; a
 * missing document is DOCUMENT_NOT_FOUND; a final one takes no more actions (DOCUMENT_WRONG_STATUS).
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

/** A missing document, a final one that takes no more actions, or an engine that is out. */
const inDocumentTerms = inFeatureTerms({
  notFound: () => documentNotFound(),
  finished: {
    code: DocumentRejectionCode.WRONG_STATUS,
    message: 'The document is final and takes no more actions.',
  },
  unavailable: {
    code: DocumentsErrorCode.ENGINE_UNAVAILABLE,
    message: 'The document engine is not answering; nothing was changed. Please try again.',
  },
});

export function documentNotFound(): FeatureError {
  return new FeatureError(DocumentsErrorCode.NOT_FOUND, 'No such document.', { field: 'id' });
}
