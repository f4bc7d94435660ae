import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor, DeadlinePolicy, DocumentState } from '../domain/documents/document-state.js';
import type { BankReport } from '../domain/documents/document-transitions.js';
import type { TengePaymentOrder } from '../domain/payment/tenge-payment-order.js';
import type { Channel, SignatureMethod, SignatureRight } from '../domain/signatures/signature-right.js';

/** One workflow per document, id `document-<uuid>`: every API call finds it by the document id. */
export const documentWorkflowId = (documentId: string): string => `document-${documentId}`;

export interface PaymentDocumentInput {
  documentId: string;
  organizationId: string;
  author: Actor;
  content: TengePaymentOrder;
  deadlinePolicy: DeadlinePolicy;
  /** Submit for signature at once ("save and send") instead of keeping a draft. */
  submit?: boolean;
}

export interface EditCommand {
  actor: Actor;
  content: TengePaymentOrder;
  /** The revision the edit was made over. Edits recorded before it was asked for carry none. */
  revision: number;
}

export interface ActorCommand {
  actor: Actor;
}

export interface RejectCommand {
  actor: Actor;
  reason: string;
}

/**
 * A signature or approval. The API has already verified the EDS or OTP and stored it as evidence;
 * only its id travels here, so no OTP code or PIN ever lands in workflow history.
 */
export interface SignCommand {
  signerId: string;
  channel: Channel;
  contentHash: string;
  evidenceId: string;
}

/**
 * Answers once the new document is in the read model: creation waits for it (update-with-start),
 * so a caller's next request never finds the document missing.
 */
export const documentReadyUpdate = defineUpdate<DocumentState>('documentReady');
export const editDocumentUpdate = defineUpdate<DocumentState, [EditCommand]>('editDocument');
export const submitDocumentUpdate = defineUpdate<DocumentState, [ActorCommand]>('submitDocument');
export const signDocumentUpdate = defineUpdate<DocumentState, [SignCommand]>('signDocument');
export const rejectDocumentUpdate = defineUpdate<DocumentState, [RejectCommand]>('rejectDocument');
export const withdrawDocumentUpdate = defineUpdate<DocumentState, [ActorCommand]>('withdrawDocument');

/** The bank's operations staff stop a payment (an approved operators' change request). */
export interface OperatorCancelCommand {
  operator: { staffId: string; name: string };
  reason: string;
}
export const cancelDocumentByOperatorUpdate = defineUpdate<DocumentState, [OperatorCancelCommand]>(
  'cancelDocumentByOperator',
);

/** The full state: status, content, signatures, what is awaited, and the timeline. */
export const documentStateQuery = defineQuery<DocumentState>('documentState');

/** The bank core reports a payment's progress (ACCEPTED, EXECUTED, REJECTED). */
export const bankReportSignal = defineSignal<[BankReport]>('bankReport');

/** What the evidence-confirmation activity answers: the signer as the user record says now. */
export interface ConfirmedSigner {
  userId: string;
  name: string;
  right: SignatureRight;
  method: SignatureMethod;
}

/** What the bank answered when it received a payment (it de-duplicates by document id). */
export interface BankReceipt {
  reference: string;
  /** Intra-bank payments may already be executed when the bank answers. */
  status: 'ACCEPTED' | 'EXECUTED' | 'REJECTED';
  reason?: string;
  at: string;
}
