/**
 * The token registration's and reissue's activities, as types only (implementations in backend/src/registrations).
 */
import type {
  CertificateRequests,
  RegistrationCertificate,
  RegistrationState,
} from '../domain/registration/registration-state.js';
import type { ReissueState } from '../domain/registration/reissue-state.js';

export interface IssueRegistrationCertificates {
  registrationId: string;
  userId: string;
  validityDays: number;
  requests: CertificateRequests;
}

export interface RegistrationActivities {
  /** Writes the transition to the read model (idempotent, ordered by `writtenAt`, then timeline seq). */
  recordRegistration(state: RegistrationState, writtenAt: string): Promise<void>;
  /**
   * Asks the CA for both certificates, registered as pending; idempotent by registration id and
   * purpose. A request the CA refuses fails non-retryably with the certificates' error code.
   */
  issueRegistrationCertificates(request: IssueRegistrationCertificates): Promise<RegistrationCertificate[]>;
  /**
   * Makes the registration's certificates the user's active ones, one per purpose: the previous
   * active one of each purpose is revoked as superseded (the CRL says so); the user gets an SMS.
   */
  activateRegistrationCertificates(registrationId: string): Promise<void>;
  /** Revokes what was issued for a registration that will not finish (expired or cancelled). */
  discardRegistrationCertificates(registrationId: string): Promise<void>;
}

export interface RevokeForReissue {
  reissueId: string;
  userId: string;
  /** KEY_COMPROMISE revokes as such; every other reason as superseded. */
  keyCompromised: boolean;
}

export interface ReissueActivities {
  /** As `recordRegistration`. */
  recordReissue(state: ReissueState, writtenAt: string): Promise<void>;
  /** Revokes the user's active certificates (the CRL lists them); answers their serial numbers. Idempotent. */
  revokeForReissue(request: RevokeForReissue): Promise<string[]>;
}
