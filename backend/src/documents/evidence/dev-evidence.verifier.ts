import { methodOfChannel } from '@qoltanba/workflows/domain';
import {
  EvidenceVerifier,
  type EvidenceRequest,
  type VerifiedEvidence,
} from '../../common/evidence/evidence-verifier.js';

/**
 * Development and test only (the module registers it nowhere else): accepts `{ kind: "DEV" }` as
 * the channel's own method — an EDS in Standard, an OTP in Light/Mobile — so the signature rules
 * can be exercised before the EDS and OTP verifiers exist.
 */
export class DevEvidenceVerifier extends EvidenceVerifier {
  readonly kind = 'DEV';

  async verify(request: EvidenceRequest): Promise<VerifiedEvidence> {
    return { method: methodOfChannel(request.identity.channel), payload: { note: 'development evidence' } };
  }
}
