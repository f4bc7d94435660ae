import type { TimelineEntryOf } from './timeline.js';

/**
 * A token registration's steps as the client's wizard shows them (domain §7): the token, its
 * password, keys and requests on the token, issuance by the CA, the certificates written back and
 * registered. Every status but the last three waits for the client, ISSUING for the CA.
 */
export const REGISTRATION_STATUSES = [
  'AWAITING_TOKEN',
  'AWAITING_PASSWORD',
  'AWAITING_KEYS',
  'ISSUING',
  'AWAITING_WRITE',
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const FINAL_REGISTRATION_STATUSES: ReadonlySet<RegistrationStatus> = new Set([
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
]);

export type RegistrationPurpose = 'SIGNING' | 'AUTHENTICATION';
export const REGISTRATION_PURPOSES: readonly RegistrationPurpose[] = ['SIGNING', 'AUTHENTICATION'];

/** Who the certificates are for, as the bank's records say: the subject the CA will write. */
export interface RegistrationHolder {
  userId: string;
  name: string;
  iin: string;
  organizationId: string;
  bin: string;
  organizationName: string;
}

/** The token the client registers, as the agent reported it (serial and label are public). */
export interface RegistrationToken {
  serialNumber: string;
  label: string;
  model: string;
}

/**
 * What the keys step hands the CA, base64 DER: a PKCS#10 request per purpose, or — registering a
 * certificate of the National Certification Authority already on the token (seed 004) — that
 * certificate for signing, with a request for the bank's own log-in (access) key.
 */
export interface CertificateRequests {
  signing?: string;
  nationalSigning?: string;
  authentication: string;
}

/** A certificate the CA issued for this registration: registered as pending until it is on the token. */
export interface RegistrationCertificate {
  purpose: RegistrationPurpose;
  certificateId: string;
  serialNumber: string;
  /** DER, base64: what the agent writes to the token. */
  certificate: string;
  notAfter: string;
}

export const REGISTRATION_EVENTS = [
  'STARTED',
  'TOKEN_CHOSEN',
  'PASSWORD_SET',
  'REQUESTS_SUBMITTED',
  'ISSUANCE_REFUSED',
  'CERTIFICATES_ISSUED',
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type RegistrationEvent = (typeof REGISTRATION_EVENTS)[number];

export type RegistrationTimelineEntry = TimelineEntryOf<RegistrationStatus, RegistrationEvent>;

/** Why the CA refused the last requests (a malformed request, a key in use): the client makes new ones. */
export interface IssuanceRefusal {
  code: string;
  message: string;
}

export interface RegistrationState {
  registrationId: string;
  holder: RegistrationHolder;
  /** The certificates' validity, from the client's contract. */
  validityDays: number;
  /** Set when a reissue started this registration. */
  reissueId: string | null;
  status: RegistrationStatus;
  token: RegistrationToken | null;
  requests: CertificateRequests | null;
  certificates: RegistrationCertificate[];
  refusal: IssuanceRefusal | null;
  startedAt: string;
  /** An unfinished registration expires then, and whatever was issued for it is revoked. */
  expiresAt: string;
  timeline: RegistrationTimelineEntry[];
}

/** Who must act: the client in the wizard, the CA while issuing, nobody once final. */
export function registrationAwaitedParty(status: RegistrationStatus): 'PERSON' | 'SYSTEM' | 'NOBODY' {
  if (FINAL_REGISTRATION_STATUSES.has(status)) return 'NOBODY';
  return status === 'ISSUING' ? 'SYSTEM' : 'PERSON';
}
