import type { components } from '../core/http/api-types.generated';
import type { WizardScreen } from '../registration/registration';

type Schemas = components['schemas'];

export type ReissueReason = Schemas['ReissueReason'];
export type ReissueStatus = Schemas['ReissueStatus'];
/** A reissue as every step of `/api/reissues` answers it. */
export type ReissueView = Schemas['ReissueView'];
/** `POST /api/reissues`: the reissue and the key its steps, then its registration's, carry. */
export type OpenedReissue = Schemas['OpenedReissueView'];

/** Why the client reissues the token, in the order the form offers them. */
export const REISSUE_REASONS: readonly ReissueReason[] = [
  'PIN_FORGOTTEN',
  'EXPIRING',
  'KEY_COMPROMISE',
  'TOKEN_REPLACED',
];

/**
 * The reissue's steps as the client sees them (domain §7): the user ID, PIN and reason, the one
 * token, the old certificates revoked, the token formatted by the agent, then the registration's
 * own steps (password, keys, issuance, writing) as one, and done.
 */
export const REISSUE_STEPS = ['credentials', 'token', 'revoking', 'format', 'register', 'done'] as const;
export type ReissueStep = (typeof REISSUE_STEPS)[number];

/**
 * What the reissue page shows: its own steps until the token is formatted, `handover` while the
 * registration the reissue started is opened with the same key, then that registration's steps.
 */
export type ReissueScreen =
  'credentials' | 'token' | 'revoking' | 'format' | 'handover' | 'registration' | 'ended';

const SCREEN_OF_STATUS: Readonly<Record<ReissueStatus, ReissueScreen>> = {
  AWAITING_TOKEN: 'token',
  REVOKING: 'revoking',
  AWAITING_FORMAT: 'format',
  REGISTERING: 'registration',
  COMPLETED: 'registration',
  EXPIRED: 'ended',
  CANCELLED: 'ended',
};

export function reissueScreenOf(reissue: Pick<ReissueView, 'status'> | undefined): ReissueScreen {
  return reissue ? SCREEN_OF_STATUS[reissue.status] : 'credentials';
}

/** The step the indicator highlights; none once the reissue (or its registration) has ended. */
export function reissueStep(screen: ReissueScreen, registration: WizardScreen): ReissueStep | undefined {
  switch (screen) {
    case 'ended':
      return undefined;
    case 'handover':
      return 'register';
    case 'registration':
      if (registration === 'ended') return undefined;
      return registration === 'done' ? 'done' : 'register';
    default:
      return screen;
  }
}
