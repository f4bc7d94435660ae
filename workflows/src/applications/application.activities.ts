/** The application workflow's activities, as types only (implemented in backend/, run by the worker). */
import type { ApplicationState } from '../domain/applications/application-state.js';
import type { ApplicationReceipt } from '../domain/applications/application-transitions.js';
import type { DocumentActivities } from '../documents/payment-document.activities.js';

export interface ApplicationActivities {
  /** The documents' own: evidence is bound to a process id, content hash, signer and channel. */
  confirmSignatureEvidence: DocumentActivities['confirmSignatureEvidence'];
  /** As the documents' `recordTransition`: writes the read model and timeline, notifies the awaited. */
  recordApplicationTransition(
    state: ApplicationState,
    awaitingChanged: boolean,
    writtenAt: string,
  ): Promise<void>;
  /** Hands the application to the bank; the bank de-duplicates by application id. */
  sendApplicationToBank(state: ApplicationState): Promise<ApplicationReceipt>;
}
