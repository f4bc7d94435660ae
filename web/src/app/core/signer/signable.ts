import type { Observable } from 'rxjs';
import type { OtpChallenge } from '../otp/otp-challenge';

/** The exact bytes a signature is made over, for one revision of a process's content. */
export interface SignableContent {
  readonly revision: number;
  readonly contentHash: string;
  readonly contentBase64: string;
}

/** What proves a signature: the agent's detached CMS (Standard) or an answered OTP challenge. */
export type SignatureEvidence =
  | { readonly kind: 'CMS'; readonly cms: string | undefined }
  | { readonly kind: 'OTP'; readonly challengeId: string; readonly code: string };

/**
 * A process that is signed the way documents are (payments, applications): the same content,
 * signature and OTP-challenge endpoints under its own path. The EDS signing and the OTP approval
 * work over any of them; `errorKey` says a refusal in that feature's words.
 */
export interface SignableApi<T> {
  content(id: string): Observable<SignableContent>;
  sign(id: string, contentHash: string, evidence: SignatureEvidence): Observable<T>;
  otpChallenge(id: string): Observable<OtpChallenge>;
  errorKey(error: unknown): string;
}
