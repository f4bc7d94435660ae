import type { components } from '../core/http/api-types.generated';

type Schemas = components['schemas'];

/** A registration as every step of `/api/registrations` answers it. */
export type RegistrationView = Schemas['RegistrationView'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type RegistrationCertificate = Schemas['RegistrationCertificateView'];
/** `POST /api/registrations`: the registration and the key every later step carries. */
export type OpenedRegistration = Schemas['OpenedRegistrationView'];

/** The wizard's steps in the order the client goes through them (domain §7). */
export const WIZARD_STEPS = ['credentials', 'token', 'password', 'keys', 'issuing', 'write', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
/** A registration that expired or was cancelled: the client starts a new one. */
export type WizardScreen = WizardStep | 'ended';

const STEP_OF_STATUS: Readonly<Record<RegistrationStatus, WizardScreen>> = {
  AWAITING_TOKEN: 'token',
  AWAITING_PASSWORD: 'password',
  AWAITING_KEYS: 'keys',
  ISSUING: 'issuing',
  AWAITING_WRITE: 'write',
  COMPLETED: 'done',
  EXPIRED: 'ended',
  CANCELLED: 'ended',
};

/** What the wizard shows: the credentials until a registration is open, then the step it waits for. */
export function screenOf(registration: Pick<RegistrationView, 'status'> | undefined): WizardScreen {
  return registration ? STEP_OF_STATUS[registration.status] : 'credentials';
}

/** The OTP card's PIN: 11 characters; the bank compares it in upper case, so we send it so. */
export const CARD_PIN_LENGTH = 11;

export function normalizeCardPin(pin: string): string {
  return pin.replace(/\s+/g, '').toUpperCase();
}
