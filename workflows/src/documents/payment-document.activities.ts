/**
 * The payment document's activities, as types only: workflow code never imports their
 * implementations (they live in backend/ and run in the worker's Node context).
 */
import type { DocumentState } from '../domain/documents/document-state.js';
import type { Channel } from '../domain/signatures/signature-right.js';
import type { BankReceipt, ConfirmedSigner } from './payment-document.messages.js';

export interface ConfirmEvidenceRequest {
  documentId: string;
  organizationId: string;
  signerId: string;
  channel: Channel;
  contentHash: string;
  evidenceId: string;
}

/**
 * A signature to confirm, with the state it applies to and the time the workflow gives it (the
 * workflow's time in its task, which also orders the write: see `recordTransition`).
 */
export interface RecordSignatureRequest {
  evidence: ConfirmEvidenceRequest;
  state: DocumentState;
  at: string;
}

export interface DocumentActivities {
  /**
   * Confirms stored evidence (a verified EDS or OTP) belongs to this signer, document and content, and
   * reads the signer's right and organization as they are now. Throws a non-retryable failure typed
   * with a DocumentRejectionCode when the signature must be refused.
   */
  confirmSignatureEvidence(request: ConfirmEvidenceRequest): Promise<ConfirmedSigner>;
  /**
   * Confirms the evidence as confirmSignatureEvidence does (with the same refusals) and records the
   * state the signature makes (`applySignature`, with the transition's notifications), in one round
   * trip; the workflow applies the same signature to its own state. Answers the confirmed signer.
   */
  recordSignature(request: RecordSignatureRequest): Promise<ConfirmedSigner>;
  /**
   * Confirms the user may reject the document: of its organization, with a signature right as it is
   * now. Throws a non-retryable failure typed with a DocumentRejectionCode otherwise.
   */
  confirmRejecter(request: { userId: string; organizationId: string }): Promise<void>;
  /**
   * Records a transition: writes the read model and the timeline's new entries (idempotent, ordered
   * by `writtenAt`, the workflow's time in the task that made it, then by timeline seq) and, when
   * what the document awaits has changed, a notification for each person it now awaits
   * (de-duplicated). One activity per transition keeps the workflow's round trips few.
   */
  recordTransition(state: DocumentState, awaitingChanged: boolean, writtenAt: string): Promise<void>;
  /** Hands the payment to the bank; the bank de-duplicates by document id. */
  dispatchToBank(state: DocumentState): Promise<BankReceipt>;
}
