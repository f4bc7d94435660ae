import { NETWORK_ERROR, apiProblemOf, commonErrorKey } from '../core/http/api-error';
import { agentErrorKey } from '../core/signer/agent-errors';
import { AgentRefusal } from '../core/signer/signing-agent';
import { type WizardMessage, WizardProblem } from '../core/wizard/wizard-message';

/** Refusals of `/api/registrations` that send the client back to the user ID and OTP-card PIN. */
export const ACCESS_INVALID = 'REGISTRATION_ACCESS_INVALID';
export const NOT_FOUND = 'REGISTRATION_NOT_FOUND';
/** The registration moved on (another tab, a resumed wizard) or ended: the wizard re-reads it. */
export const WRONG_STEP = 'REGISTRATION_WRONG_STEP';
export const FINISHED = 'REGISTRATION_FINISHED';
/** A reissue of the user's token waits for its token or its formatting: it comes first. */
export const REISSUE_IN_PROGRESS = 'REGISTRATION_REISSUE_IN_PROGRESS';

/** Translation keys by refusal code. */
export type RefusalWords = Readonly<Record<string, string>>;

const KEYS: RefusalWords = {
  // Never says whether the user ID or the PIN was wrong (domain §5).
  REGISTRATION_CREDENTIALS_INVALID: 'registration.errors.credentials',
  REGISTRATION_CARD_BLOCKED: 'registration.errors.cardBlocked',
  AUTH_TOO_MANY_ATTEMPTS: 'registration.errors.tooMany',
  REGISTRATION_STANDARD_NOT_ENABLED: 'registration.errors.standardNotEnabled',
  REGISTRATION_USER_BLOCKED: 'registration.errors.userBlocked',
  REGISTRATION_NO_OTP_CARD: 'registration.errors.noOtpCard',
  REGISTRATION_NO_REGISTRATION_ID: 'registration.errors.noRegistrationId',
  REGISTRATION_ACCESS_INVALID: 'registration.errors.accessInvalid',
  REGISTRATION_NOT_FOUND: 'registration.errors.accessInvalid',
  REGISTRATION_WRONG_STEP: 'registration.errors.wrongStep',
  REGISTRATION_FINISHED: 'registration.errors.finished',
  REGISTRATION_REISSUE_IN_PROGRESS: 'registration.errors.reissueInProgress',
  REGISTRATION_NO_TOKEN: 'registration.errors.noToken',
  REGISTRATION_MULTIPLE_TOKENS: 'registration.errors.multipleTokens',
  REGISTRATION_OTHER_TOKEN: 'registration.errors.otherToken',
  REGISTRATION_REQUEST_MALFORMED: 'registration.errors.requestMalformed',
  REGISTRATION_ENGINE_UNAVAILABLE: 'registration.errors.engineUnavailable',
};

export const EXPLAINED_REFUSALS = Object.keys(KEYS);

/** Agent codes the wizard explains in its own words; the rest read as everywhere else. */
const AGENT_KEYS: RefusalWords = {
  TOKEN_NOT_FOUND: 'registration.errors.tokenGone',
  CERTIFICATE_KEY_MISMATCH: 'registration.errors.keyMismatch',
};
export const EXPLAINED_AGENT_CODES = Object.keys(AGENT_KEYS);

export interface RegistrationErrorOptions {
  /** The first step: there a malformed request can only mean the user ID or PIN as typed. */
  readonly opening?: boolean;
  /** A wizard built on the registration's (the reissue) says some refusals in its own words. */
  readonly refusals?: RefusalWords;
  readonly agentRefusals?: RefusalWords;
}

/** What to tell the client about a failed step, in words they can act on. */
export function registrationError(
  error: unknown,
  { opening = false, refusals = {}, agentRefusals = {} }: RegistrationErrorOptions = {},
): WizardMessage {
  if (error instanceof WizardProblem) return error.wizardMessage;
  if (error instanceof AgentRefusal) {
    return { key: agentRefusals[error.code] ?? AGENT_KEYS[error.code] ?? agentErrorKey(error.code) };
  }
  const problem = apiProblemOf(error);
  const known = refusals[problem.code] ?? KEYS[problem.code];
  if (known) return { key: known };
  if (problem.code === 'VALIDATION_FAILED') {
    return { key: opening ? 'registration.errors.credentials' : 'registration.errors.tokenData' };
  }
  if (problem.status === 429) return { key: 'registration.errors.tooMany' };
  if (problem.code === NETWORK_ERROR || problem.status >= 500) return { key: commonErrorKey(problem) };
  // A refusal this page does not know yet: its code lets the bank's support tell what happened.
  return { key: 'registration.errors.refused', params: { code: problem.code } };
}
