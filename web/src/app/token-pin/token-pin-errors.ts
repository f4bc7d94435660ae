import { agentErrorKey } from '../core/signer/agent-errors';
import { AgentRefusal } from '../core/signer/signing-agent';
import { type WizardMessage, WizardProblem } from '../core/wizard/wizard-message';

/** What the client does to the token's password: change it, or unblock it as the administrator. */
export type PinAction = 'change' | 'unblock';

/** The agent's refusals these pages say in their own words, whichever the action. */
const COMMON: Readonly<Record<string, string>> = {
  PIN_CANCELLED: 'tokenPin.errors.cancelled',
  PIN_TIMEOUT: 'tokenPin.errors.timeout',
  PIN_POLICY: 'tokenPin.errors.policy',
  TOKEN_NOT_FOUND: 'tokenPin.errors.tokenGone',
};

/** A locked PIN is the user's when changing it, the administrator's when unblocking. */
const BY_ACTION: Readonly<Record<PinAction, Readonly<Record<string, string>>>> = {
  change: { PIN_LOCKED: 'tokenPin.errors.userLocked' },
  unblock: { PIN_LOCKED: 'tokenPin.errors.adminLocked' },
};

export const TOKEN_PIN_EXPLAINED_AGENT_CODES = [
  ...Object.keys(COMMON),
  ...Object.values(BY_ACTION).flatMap((codes) => Object.keys(codes)),
];

/** What to tell the client when the action did not happen, in words they can act on. */
export function tokenPinError(error: unknown, action: PinAction): WizardMessage {
  if (error instanceof WizardProblem) return error.wizardMessage;
  if (error instanceof AgentRefusal) {
    return { key: BY_ACTION[action][error.code] ?? COMMON[error.code] ?? agentErrorKey(error.code) };
  }
  return { key: agentErrorKey('OTHER') };
}
