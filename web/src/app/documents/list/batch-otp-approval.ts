import { throwError, type Observable } from 'rxjs';
import type { ApiClient } from '../../core/http/api-client';
import type { components } from '../../core/http/api-types.generated';
import type { OtpChallenge } from '../../core/otp/otp-challenge';
import type { SignableApi } from '../../core/signer/signable';
import { documentErrorKey } from '../document-errors';

export type OtpApprovalView = components['schemas']['OtpApprovalView'];

/**
 * Several documents approved with one OTP code (backend otp-approvals): the challenge is bound to
 * their total and payees, which the prompt shows; one answer carries a result per document. Shaped
 * as a signable process so the one OTP prompt serves a single document and a batch alike.
 */
export function batchOtpApproval(
  api: ApiClient,
  documentIds: readonly string[],
): SignableApi<OtpApprovalView> {
  return {
    content: () =>
      throwError(() => new Error('A batch is approved through its challenge, not signed as content.')),
    otpChallenge: (): Observable<OtpChallenge> =>
      api.post<OtpChallenge>('/documents/otp-challenges', { documentIds }),
    sign: (_id, _contentHash, evidence) =>
      evidence.kind === 'OTP'
        ? api.post<OtpApprovalView>('/documents/otp-approvals', {
            challengeId: evidence.challengeId,
            code: evidence.code,
          })
        : throwError(() => new Error('A batch is approved by OTP only.')),
    errorKey: documentErrorKey,
  };
}
