import { Injectable } from '@nestjs/common';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import type { OtpChallengeView } from '../otp/dto/otp-challenge.view.js';
import { OtpChallengesService } from '../otp/otp-challenges.service.js';
import { OtpErrorCode } from '../otp/otp-error-code.js';
import { summaryOf } from './application-summary.js';
import { ApplicationsQueryService } from './applications-query.service.js';

/**
 * An OTP challenge bound to one application's content hash, shown with its number, amount (when it
 * has one) and subject; the approval itself goes through `POST …/signatures` with OTP evidence.
 */
@Injectable()
export class ApplicationOtpService {
  constructor(
    private readonly applications: ApplicationsQueryService,
    private readonly challenges: OtpChallengesService,
  ) {}

  async challenge(identity: ClientIdentity, applicationId: string): Promise<OtpChallengeView> {
    const { state } = await this.applications.findOwned(identity, applicationId);
    if (state.status !== 'AWAITING_SIGNATURES') {
      throw new FeatureError(
        OtpErrorCode.DOCUMENT_NOT_AWAITING_APPROVAL,
        `Application ${state.number} awaits no approval.`,
        { field: 'id', status: state.status },
      );
    }
    const summary = summaryOf(state.content);
    return this.challenges.create(identity, [
      {
        documentId: applicationId,
        revision: state.revision,
        contentHash: state.contentHash,
        number: state.number,
        amountTiyn: summary.amount?.minor ?? 0,
        ...(summary.amount ? { currency: summary.amount.currency } : {}),
        payee: { name: summary.subject ?? state.kind, iban: summary.accountIban ?? '', binIin: '' },
      },
    ]);
  }
}
