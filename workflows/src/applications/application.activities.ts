/** The application workflow's activities, as types only (implemented in backend/, run by the worker). */
import type { ApplicationState } from '../domain/applications/application-state.js';
import type { ApplicationReceipt } from '../domain/applications/application-transitions.js';
import type { DocumentActivities } from '../documents/payment-document.activities.js';

export interface ApplicationActivities {
  /** The documents' own: evidence is bound to a process id, content hash, signer and channel. */
  confirmSignatureEvidence: DocumentActivities['confirmSignatureEvidence'];
  /** Writes the read model and timeline; notifies the people now awaited when that changed. */
  recordApplicationTransition(state: ApplicationState, awaitingChanged: boolean): Promise<void>;
  /** Hands the application to the bank; the bank de-duplicates by application id. */
  sendApplicationToBank(state: ApplicationState): Promise<ApplicationReceipt>;
}
