// What the registration specs answer for the agent's token and the API's registration.
import type { ConnectedToken } from '../core/signer/tokens';
import type { RegistrationView } from './registration';

export const TOKEN: ConnectedToken = {
  slotId: '1a',
  label: 'KAZTOKEN',
  manufacturer: 'Kazakhtelecom',
  model: 'KAZTOKEN',
  serialNumber: '0A1B2C3D',
  initialized: true,
  userPinLocked: false,
  empty: true,
};

export function aRegistration(overrides: Partial<RegistrationView> = {}): RegistrationView {
  return {
    registrationId: '5f0c1e2d-0000-4000-8000-000000000001',
    registrationTag: '5f0c1e2d000040008000000',
    status: 'AWAITING_TOKEN',
    validityDays: 365,
    holder: {
      name: 'Aigerim Bekova',
      iin: '850312400118',
      bin: '940140000385',
      organizationName: 'Demo LLP',
    },
    token: null,
    certificates: [],
    refusal: null,
    startedAt: '2026-03-16T09:00:00Z',
    expiresAt: '2026-03-30T09:00:00Z',
    ...overrides,
  };
}
