import type { DocumentActivities } from '@qoltanba/workflows/activities';
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
  return {
    // Its refusals end the signing update with their code; anything else is retried.
    confirmSignatureEvidence: failingAsActivity((request) => deps.evidence.confirm(request)),
    confirmRejecter: failingAsActivity((request) => deps.evidence.confirmRejecter(request)),
    recordTransition: async (state, awaitingChanged) => {
      await deps.projection.project(state);
      if (awaitingChanged) await deps.notifications.notifyAwaited(awaitingDocument(state));
    },
    dispatchToBank: (state) =>
      // The document id is the idempotency key: the bank answers a repeat with its first receipt.
      deps.bank.submitPayment({
        documentId: state.documentId,
        organizationId: state.organizationId,
        ...state.content,
      }),
  };
}
