import { cmsBase64 } from './cms/cms-armour.js';
import { Injectable } from '@nestjs/common';
import { FeatureError } from '../common/errors/feature-error.js';
import {
  EvidenceVerifier,
  type EvidenceRequest,
  type VerifiedEvidence,
} from '../common/evidence/evidence-verifier.js';
import { EdsErrorCode, EdsRefusal, refusedEds } from './eds-error-code.js';
import { EdsVerificationService } from './eds-verification.service.js';

const FIELD = 'evidence.cms';

/**
 * The Standard channel's evidence: `{ kind: "CMS", cms: <base64> }`, a detached CMS over the
 * document's canonical content (UTF-8) made on the token. Accepted only fully verified; the CMS and
 * its verification report are what the signature's evidence keeps.
 */
@Injectable()
export class CmsEvidenceVerifier extends EvidenceVerifier {
  readonly kind = 'CMS';

  constructor(private readonly eds: EdsVerificationService) {
    super();
  }

  async verify(request: EvidenceRequest): Promise<VerifiedEvidence> {
    if (request.identity.channel !== 'STANDARD') {
      throw new FeatureError(
        EdsErrorCode.WRONG_CHANNEL,
        'An EDS is made with the token, in the Standard channel.',
        { field: 'evidence.kind' },
      );
    }
    const cms = request.evidence.cms;
    if (typeof cms !== 'string') {
      throw new FeatureError(EdsErrorCode.CMS_MALFORMED, 'The CMS (base64) is missing.', {
        field: FIELD,
      });
    }
    try {
      const { report } = await this.eds.verifySignature({
        cms,
        content: Buffer.from(request.content, 'utf8'),
        signer: request.identity,
      });
      return {
        method: 'EDS',
        payload: {
          // Kept as bare base64 whichever way it came (PEM armour included), as the evidence download gives it.
          cms: cmsBase64(cms),
          report: {
            ...report,
            document: {
              id: request.documentId,
              revision: request.revision,
              contentHash: report.contentSha256,
            },
          },
        },
      };
    } catch (error) {
      if (error instanceof EdsRefusal) throw refusedEds(error, FIELD);
      throw error;
    }
  }
}
