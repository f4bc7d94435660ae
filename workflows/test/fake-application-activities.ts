import type { ApplicationActivities } from '../src/applications/application.activities.js';
import type { ApplicationReceipt } from '../src/domain/applications/application-transitions.js';
import type { ApplicationState } from '../src/domain/applications/application-state.js';
import { fakeDocumentActivities, type FakeUser } from './fake-document-activities.js';

/**
 * In-memory stand-ins for the application activities (the evidence check is the documents' fake):
 * they record what the workflow projected and sent, and answer as the bank is told to.
 */
export function fakeApplicationActivities(users: Record<string, FakeUser>) {
  const projected: ApplicationState[] = [];
  const sent: string[] = [];
  let receipt: Omit<ApplicationReceipt, 'at'> = { reference: 'APP-1', status: 'ACCEPTED' };
  const activities: ApplicationActivities = {
    confirmSignatureEvidence: fakeDocumentActivities(users).activities.confirmSignatureEvidence,
    async recordApplicationTransition(state) {
      projected.push(state);
    },
    async sendApplicationToBank(state) {
      sent.push(state.applicationId);
      return { ...receipt, at: new Date().toISOString() };
    },
  };
  return {
    activities,
    projected,
    sent,
    answerBankWith(next: Omit<ApplicationReceipt, 'at'>) {
      receipt = next;
    },
  };
}
