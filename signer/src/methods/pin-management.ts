import { checkNewPin, DEFAULT_USER_PIN } from '../pin/pin-policy.js';
import type { Locale } from '../pin/pin-prompt-texts.js';
import type { PinEntry } from '../pin/prompt-operation.js';
import { entryField, withPinEntry } from '../pin/with-pin-entry.js';
import { AgentError, AgentErrorCode, isAgentError } from '../protocol/agent-error-code.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from './agent-services.js';

/** A new PIN that breaks the rules goes back to the prompt (PIN_POLICY) without touching the token. */
function newPinFrom(entry: PinEntry, currentPin?: string): string {
  const newPin = entryField(entry, 'newPin');
  const reason = checkNewPin(newPin, currentPin);
  if (reason)
    throw new AgentError(AgentErrorCode.PIN_POLICY, 'The new PIN breaks the PIN rules.', { reason });
  return newPin;
}

function refuseLocked(locked: boolean, whose: string): void {
  if (locked) throw new AgentError(AgentErrorCode.PIN_LOCKED, `The ${whose} PIN is locked on the token.`);
}

/**
 * The user changes their PIN: the current one is checked by logging in with it. With `fromDefault`
 * (the registration's step on a new token) the prompt asks only for the new PIN, and the current
 * one is the KAZTOKEN factory default.
 */
export async function changePin(
  services: AgentServices,
  args: { slotId: string; fromDefault: boolean; locale: Locale },
  context: RequestContext,
) {
  const token = services.tokens.token(args.slotId);
  refuseLocked(token.userPin.locked, 'user');
  return withPinEntry(
    services.prompts,
    {
      token: { slotId: args.slotId, label: token.label },
      operation: { kind: args.fromDefault ? 'setInitialPin' : 'changePin' },
      pinState: token.userPin,
      locale: args.locale,
    },
    context,
    async (entry) => {
      const pin = args.fromDefault ? DEFAULT_USER_PIN : entryField(entry, 'pin');
      // With the default as the current PIN, the default itself is refused as a new one.
      const newPin = newPinFrom(entry, pin);
      const change = services.tokens.withSession(
        args.slotId,
        { write: true, login: { userType: 'user', pin } },
        (session) => session.setPin(pin, newPin),
      );
      await (args.fromDefault ? change.catch(notDefault) : change);
      return { slotId: args.slotId, changed: true };
    },
  );
}

/**
 * The token refused the factory default: its PIN was set already, which no retry in the prompt can
 * change, so the request ends with a code of its own. That one login counted against the token's
 * wrong-PIN counter like any wrong entry: a single try, accepted because only a login tells whether
 * the PIN is still the default.
 */
function notDefault(error: unknown): never {
  if (isAgentError(error, AgentErrorCode.PIN_INCORRECT)) {
    throw new AgentError(
      AgentErrorCode.PIN_NOT_DEFAULT,
      "The token's password is no longer the default one.",
      error.details,
    );
  }
  throw error;
}

/** The administrator (security officer) sets a new user PIN, which also unblocks a locked one. */
export async function unblockPin(
  services: AgentServices,
  args: { slotId: string; locale: Locale },
  context: RequestContext,
) {
  const token = services.tokens.token(args.slotId);
  refuseLocked(token.soPin.locked, 'administrator');
  return withPinEntry(
    services.prompts,
    {
      token: { slotId: args.slotId, label: token.label },
      operation: { kind: 'unblockPin' },
      pinState: token.soPin,
      locale: args.locale,
    },
    context,
    async (entry) => {
      const newPin = newPinFrom(entry);
      await services.tokens.withSession(
        args.slotId,
        { write: true, login: { userType: 'so', pin: entryField(entry, 'soPin') } },
        (session) => session.initUserPin(newPin),
      );
      return { slotId: args.slotId, unblocked: true };
    },
  );
}

/**
 * Refuses to format while another token with contents is connected: it may belong to another
 * organization, and a client re-registering is told to connect only theirs. Empty (uninitialized)
 * tokens have nothing to lose, and SoftHSM2 always shows one.
 */
function refuseOtherTokens(services: AgentServices, slotId: string): void {
  const others = services.tokens.listTokens().filter((token) => token.initialized && token.slotId !== slotId);
  if (others.length > 0) {
    throw new AgentError(
      AgentErrorCode.MULTIPLE_TOKENS,
      'Disconnect every other token before formatting: it may belong to someone else.',
      { connected: others.length + 1 },
    );
  }
}

/**
 * Erases the token (C_InitToken with the administrator PIN) and sets a new user PIN. Confirmed
 * twice: by `confirm: true` in the request, and by the user ticking the warning in the agent's own
 * prompt, which the bank page cannot do for them.
 */
export async function formatToken(
  services: AgentServices,
  args: { slotId: string; label?: string; confirm: boolean; locale: Locale },
  context: RequestContext,
) {
  if (!args.confirm) {
    throw new AgentError(
      AgentErrorCode.CONFIRMATION_REQUIRED,
      'Formatting destroys every key: send confirm: true.',
    );
  }
  const token = services.tokens.token(args.slotId);
  refuseOtherTokens(services, args.slotId);
  refuseLocked(token.soPin.locked, 'administrator');
  const label = args.label ?? (token.label || 'Qoltanba');
  return withPinEntry(
    services.prompts,
    {
      token: { slotId: args.slotId, label: token.label || label },
      operation: { kind: 'formatToken' },
      pinState: token.soPin,
      locale: args.locale,
    },
    context,
    async (entry) => {
      if (!entry.confirmed) {
        throw new AgentError(
          AgentErrorCode.CONFIRMATION_REQUIRED,
          'The user did not confirm the formatting.',
        );
      }
      const soPin = entryField(entry, 'soPin');
      const newPin = newPinFrom(entry);
      refuseOtherTokens(services, args.slotId);
      await services.tokens.initToken(args.slotId, soPin, label);
      await services.tokens.withSession(
        args.slotId,
        { write: true, login: { userType: 'so', pin: soPin } },
        (session) => session.initUserPin(newPin),
      );
      return { slotId: args.slotId, label, formatted: true };
    },
  );
}
