import { ApplicationFailure } from '@temporalio/common';
import type { DocumentActivities } from '../src/documents/payment-document.activities.js';
import { awaitingChanged } from '../src/domain/documents/document-awaited-party.js';
import type { DocumentState } from '../src/domain/documents/document-state.js';
import { applySignature } from '../src/domain/documents/document-transitions.js';
import { verifiedSignature } from '../src/domain/documents/signature-policy.js';
import { DocumentRejectionCode } from '../src/domain/documents/document-rejection.js';
import type { SignatureRight } from '../src/domain/signatures/signature-right.js';
import type { BankReceipt } from '../src/documents/payment-document.messages.js';
import { asUpdateFailure } from '../src/process/update-failure.js';
import { gate } from './gate.js';

export interface FakeUser {
  name: string;
  right: SignatureRight;
  organizationId: string;
}

/**
 * In-memory stand-ins for the document activities, for workflow tests against a real Temporal
 * server: they record what the workflow asked for, and follow the same refusal contract as the
 * real ones (non-retryable failures typed with a DocumentRejectionCode).
 */
export function fakeDocumentActivities(users: Record<string, FakeUser>) {
  const projected: DocumentState[] = [];
  const notified: DocumentState[] = [];
  const dispatched: string[] = [];
  let receipt: Omit<BankReceipt, 'at'> = { reference: 'SIM-1', status: 'EXECUTED' };
  /** While held, the bank call waits: a bank slow to answer, or a call being retried. */
  const bankCalls = gate();
  /** While held, recording a signature waits: a signature still under way. */
  const signatures = gate();
  const activities: DocumentActivities = {
    async confirmSignatureEvidence(request) {
      const user = users[request.signerId];
      if (!user)
        throw ApplicationFailure.create({ type: DocumentRejectionCode.UNKNOWN_USER, nonRetryable: true });
      if (user.organizationId !== request.organizationId) {
        throw ApplicationFailure.create({
          type: DocumentRejectionCode.OTHER_ORGANIZATION,
          message: 'another organization',
          nonRetryable: true,
        });
      }
      return {
        userId: request.signerId,
        name: user.name,
        right: user.right,
        method: request.channel === 'STANDARD' ? 'EDS' : 'OTP',
      };
    },
    async recordSignature({ evidence, state, at }) {
      await signatures.passed();
      const signer = await activities.confirmSignatureEvidence(evidence);
      let next: DocumentState;
      try {
        next = applySignature(state, verifiedSignature(signer, evidence, at));
      } catch (error) {
        // As the real activity: a domain refusal is final, typed with its code and field.
        throw asUpdateFailure(error);
      }
      await activities.recordTransition(next, awaitingChanged(next, state), at);
      return signer;
    },
    async confirmRejecter({ userId, organizationId }) {
      const user = users[userId];
      if (!user || user.organizationId !== organizationId || user.right === 'NONE') {
        throw ApplicationFailure.create({
          type: DocumentRejectionCode.NO_SIGNING_RIGHT,
          message: 'only a signer of the organization rejects',
          nonRetryable: true,
        });
      }
    },
    async recordTransition(state, awaitingChanged) {
      projected.push(state);
      if (awaitingChanged) notified.push(state);
    },
    async dispatchToBank(state) {
      dispatched.push(state.documentId);
      await bankCalls.passed();
      return { ...receipt, at: new Date().toISOString() };
    },
  };
  return {
    activities,
    projected,
    notified,
    dispatched,
    answerBankWith(next: Omit<BankReceipt, 'at'>) {
      receipt = next;
    },
    /** Holds every bank call until the returned function is called. */
    holdBankCalls: bankCalls.hold,
    /** Holds every signature being recorded until the returned function is called. */
    holdSignatures: signatures.hold,
  };
}
