/**
 * The token registration's activities, as types only (implementations in backend/src/registrations).
 */
import type {
  CertificateRequests,
  RegistrationCertificate,
  RegistrationState,
} from '../domain/registration/registration-state.js';

export interface IssueRegistrationCertificates {
  registrationId: string;
  userId: string;
  validityDays: number;
  requests: CertificateRequests;
}

export interface RegistrationActivities {
  /** Writes the transition to the read model (idempotent, ordered by timeline seq). */
  recordRegistration(state: RegistrationState): Promise<void>;
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
