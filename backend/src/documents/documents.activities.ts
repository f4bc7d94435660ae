import type { DocumentActivities } from '@qoltanba/workflows/activities';
import {
  applySignature,
  awaitingChanged,
  verifiedSignature,
  type DocumentState,
} from '@qoltanba/workflows/domain';
import type { BankGateway } from '../bank-gateway/bank-gateway.js';
import { awaitingDocument, type NotificationsService } from '../notifications/notifications.service.js';
import { failingAsActivity } from '../temporal/activity-failure.js';
import type { DocumentProjectionService } from './document-projection.service.js';
import type { SignatureEvidenceService } from './evidence/signature-evidence.service.js';

/** The document workflow's activities, bound to the worker's injected services. */
export function createDocumentActivities(deps: {
  evidence: SignatureEvidenceService;
  projection: DocumentProjectionService;
  notifications: NotificationsService;
  bank: BankGateway;
}): DocumentActivities {
  const recordTransition = async (state: DocumentState, changedAwaiting: boolean, writtenAt: string) => {
    await deps.projection.project(state, writtenAt);
    if (changedAwaiting) await deps.notifications.notifyAwaited(awaitingDocument(state));
  };
  return {
    // Its refusals end the signing update with their code; anything else is retried.
    confirmSignatureEvidence: failingAsActivity((request) => deps.evidence.confirm(request)),
    recordSignature: failingAsActivity(async ({ evidence, state, at }) => {
      const signer = await deps.evidence.confirm(evidence);
      const next = applySignature(state, verifiedSignature(signer, evidence, at));
      // `at` is the workflow's time in the signing task.
      await recordTransition(next, awaitingChanged(next, state), at);
      return signer;
    }),
    confirmRejecter: failingAsActivity((request) => deps.evidence.confirmRejecter(request)),
    recordTransition,
    dispatchToBank: (state) =>
      // The document id is the idempotency key: the bank answers a repeat with its first receipt.
      deps.bank.submitPayment({
        documentId: state.documentId,
        organizationId: state.organizationId,
        ...state.content,
      }),
  };
}
