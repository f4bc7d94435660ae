import { Injectable } from '@nestjs/common';
import { sha256Hex } from '@qoltanba/workflows/domain';
import { FeatureError } from '../common/errors/feature-error.js';
import {
  EvidenceVerifier,
  type EvidenceRequest,
  type VerifiedEvidence,
} from '../common/evidence/evidence-verifier.js';
import { OtpChallengesService } from './otp-challenges.service.js';
import { OtpErrorCode as Code } from './otp-error-code.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Light/Mobile approvals: evidence `{ kind: "OTP", challengeId, code }` answering a challenge made
 * for this document's current content. The evidence kept is the challenge (its id, digest, device,
 * cell), never the code.
 */
@Injectable()
export class OtpEvidenceVerifier extends EvidenceVerifier {
  readonly kind = 'OTP';

  constructor(private readonly challenges: OtpChallengesService) {
    super();
  }

  async verify(request: EvidenceRequest): Promise<VerifiedEvidence> {
    const { challengeId, code } = request.evidence;
    if (typeof challengeId !== 'string' || !UUID.test(challengeId)) {
      throw new FeatureError(
        Code.EVIDENCE_MALFORMED,
        'evidence.challengeId must be the id of an OTP challenge.',
        {
          field: 'evidence.challengeId',
        },
      );
    }
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
      throw new FeatureError(Code.EVIDENCE_MALFORMED, 'evidence.code must be the 6-digit code.', {
        field: 'evidence.code',
      });
    }
    const payload = await this.challenges.approveDocument(request.identity, {
      challengeId,
      code,
      documentId: request.documentId,
      currentContentHash: sha256Hex(request.content),
      presentedContentHash: request.contentHash,
    });
    return { method: 'OTP', payload };
  }
}
