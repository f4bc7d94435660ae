import type { WizardMessage } from '../core/wizard/wizard-message';
import { type RefusalWords, registrationError } from '../registration/registration-errors';

/**
 * Refusals the reissue says in its own words; the rest (wrong credentials, a blocked card, too many
 * attempts, the service down) read as in the registration, whose refusal codes the reissue shares.
 */
const REFUSALS: RefusalWords = {
  REGISTRATION_ACCESS_INVALID: 'reissue.errors.accessInvalid',
  REGISTRATION_NOT_FOUND: 'reissue.errors.accessInvalid',
  REGISTRATION_WRONG_STEP: 'reissue.errors.wrongStep',
  REGISTRATION_FINISHED: 'reissue.errors.finished',
  REGISTRATION_MULTIPLE_TOKENS: 'reissue.errors.multipleTokens',
  REGISTRATION_OTHER_TOKEN: 'reissue.errors.otherToken',
};
export const REISSUE_EXPLAINED_REFUSALS = Object.keys(REFUSALS);

/** The agent's refusals to format. */
const AGENT_REFUSALS: RefusalWords = {
  MULTIPLE_TOKENS: 'reissue.errors.multipleTokens',
  CONFIRMATION_REQUIRED: 'reissue.errors.notConfirmed',
  // Formatting needs the administrator password: it is the one locked here, not the user's.
  PIN_LOCKED: 'reissue.errors.adminLocked',
};
export const REISSUE_EXPLAINED_AGENT_CODES = Object.keys(AGENT_REFUSALS);

/** What to tell the client about a failed step of the reissue, in words they can act on. */
export function reissueError(error: unknown, { opening = false } = {}): WizardMessage {
  return registrationError(error, { opening, refusals: REFUSALS, agentRefusals: AGENT_REFUSALS });
}
