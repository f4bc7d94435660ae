import {
  DocumentRejection,
  type DocumentState,
  precheckSigner,
  sendingRuleOfPayment,
} from '@qoltanba/workflows/domain';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import type { ClientUser } from '../organizations/client-user.entity.js';

/**
 * Refuses, as the workflow would, a signature or approval that can only be refused — before any
 * evidence is spent on it (an OTP code, a challenge, a PIN at the agent). The document's state is
 * the read model's, with the workflow's as the last word (`DocumentsService.stateToSign`).
 */
export function refuseHopelessSignature(
  state: Pick<DocumentState, 'status' | 'contentHash' | 'signatures' | 'content'>,
  identity: ClientIdentity,
  user: Pick<ClientUser, 'signatureRight'>,
  contentHash: string,
): void {
  try {
    precheckSigner(
      state,
      { signerId: identity.userId, channel: identity.channel, contentHash },
      { userId: identity.userId, right: user.signatureRight },
      sendingRuleOfPayment(state.content),
    );
  } catch (error) {
    if (!(error instanceof DocumentRejection)) throw error;
    throw new FeatureError(error.code, error.message, error.field ? { field: error.field } : undefined);
  }
}
