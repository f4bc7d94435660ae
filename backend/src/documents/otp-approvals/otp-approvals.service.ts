import { Injectable } from '@nestjs/common';
import type { ClientIdentity } from '../../access/identity.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { DocumentsService } from '../documents.service.js';
import { refuseHopelessSignature } from '../signer-precheck.js';
import { ClientUsersService } from '../../organizations/client-users.service.js';
import type { OtpChallengeView } from '../../otp/dto/otp-challenge.view.js';
import type { ApprovalResultView, OtpApprovalView } from './otp-approval.dto.js';
import type { ChallengeDocument } from '../../otp/otp-challenge.entity.js';
import { OtpChallengesService } from '../../otp/otp-challenges.service.js';
import { OtpErrorCode as Code } from '../../otp/otp-error-code.js';

/**
 * OTP approval over the documents: a challenge for one document or a batch (made from the
 * documents as the user's organization holds them now), and the batch approval, which checks the
 * code once and then signs each document through the document engine with OTP evidence.
 */
@Injectable()
export class OtpApprovalsService {
  constructor(
    private readonly signing: DocumentsService,
    private readonly challenges: OtpChallengesService,
    private readonly users: ClientUsersService,
  ) {}

  async challenge(identity: ClientIdentity, documentIds: string[]): Promise<OtpChallengeView> {
    const bound: ChallengeDocument[] = [];
    const user = await this.users.ofCaller(identity);
    for (const documentId of documentIds) {
      const state = await this.signing.stateToSign(identity, documentId, (document) => {
        if (document.status !== 'AWAITING_SIGNATURES') {
          throw new FeatureError(
            Code.DOCUMENT_NOT_AWAITING_APPROVAL,
            `Document ${document.content.number} awaits no approval.`,
            { field: 'documentIds', documentId, status: document.status },
          );
        }
        // Nobody gets a code for an approval the document can only refuse.
        refuseHopelessSignature(document, identity, user, document.contentHash);
      });
      const { beneficiary } = state.content;
      bound.push({
        documentId,
        revision: state.revision,
        contentHash: state.contentHash,
        number: state.content.number,
        amountTiyn: state.content.amountTiyn,
        payee: { name: beneficiary.name, iban: beneficiary.iban, binIin: beneficiary.binIin },
      });
    }
    return this.challenges.create(identity, bound);
  }

  async approve(identity: ClientIdentity, challengeId: string, code: string): Promise<OtpApprovalView> {
    const bound = await this.challenges.documentsOf(identity, challengeId);
    // Documents that can only refuse (signed meanwhile, another signer's slot) are answered first:
    // a code is checked, and so spent, only if at least one approval can succeed.
    const refused = new Map<string, ApprovalResultView>();
    const user = await this.users.ofCaller(identity);
    for (const document of bound) {
      try {
        await this.signing.stateToSign(identity, document.documentId, (state) =>
          refuseHopelessSignature(state, identity, user, document.contentHash),
        );
      } catch (error) {
        refused.set(document.documentId, refusal(document.documentId, error));
      }
    }
    if (refused.size < bound.length) await this.challenges.verifyCode(identity, challengeId, code);
    const results: ApprovalResultView[] = [];
    for (const document of bound) {
      const early = refused.get(document.documentId);
      if (early) {
        results.push(early);
        continue;
      }
      try {
        const view = await this.signing.sign(identity, document.documentId, {
          contentHash: document.contentHash,
          evidence: { kind: 'OTP', challengeId, code },
        });
        results.push({ documentId: document.documentId, approved: true, status: view.status });
      } catch (error) {
        results.push(refusal(document.documentId, error));
      }
    }
    return { challengeId, approved: results.filter((result) => result.approved).length, results };
  }
}

function refusal(documentId: string, error: unknown): ApprovalResultView {
  if (!(error instanceof FeatureError)) throw error;
  return { documentId, approved: false, error: { code: error.code, message: error.message } };
}
