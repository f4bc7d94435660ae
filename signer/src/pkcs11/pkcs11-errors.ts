import pkcs11js from 'pkcs11js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { PinState } from './pin-state.js';

const TOKEN_GONE = new Set([
  pkcs11js.CKR_TOKEN_NOT_PRESENT,
  pkcs11js.CKR_TOKEN_NOT_RECOGNIZED,
  pkcs11js.CKR_DEVICE_REMOVED,
  pkcs11js.CKR_SLOT_ID_INVALID,
  pkcs11js.CKR_SESSION_HANDLE_INVALID,
  pkcs11js.CKR_SESSION_CLOSED,
]);
const KEY_GONE = new Set([pkcs11js.CKR_KEY_HANDLE_INVALID, pkcs11js.CKR_OBJECT_HANDLE_INVALID]);

/** The PKCS#11 return-value name, e.g. `CKR_PIN_INCORRECT`, taken from pkcs11js's message. */
export function pkcs11ErrorName(error: pkcs11js.Pkcs11Error): string {
  return /CKR_[A-Z_]+/.exec(error.message)?.[0] ?? `CKR 0x${error.code.toString(16)}`;
}

export function isPkcs11Error(error: unknown, ...codes: number[]): error is pkcs11js.Pkcs11Error {
  return error instanceof pkcs11js.Pkcs11Error && (codes.length === 0 || codes.includes(error.code));
}

/** The token no longer knows a key by the handle it gave (the key itself may still be there). */
export function isStaleKeyHandle(error: unknown): error is pkcs11js.Pkcs11Error {
  return isPkcs11Error(error, ...KEY_GONE);
}

/**
 * Turns a token's refusal into the agent's code. `pinState` is read from the token right after a
 * wrong PIN, so the prompt can show what the token says about the remaining tries.
 */
export function toAgentError(error: unknown, pinState?: () => PinState): unknown {
  if (!(error instanceof pkcs11js.Pkcs11Error)) return error;
  const name = pkcs11ErrorName(error);
  switch (error.code) {
    case pkcs11js.CKR_PIN_INCORRECT: {
      const state = pinState?.();
      if (state?.locked) return new AgentError(AgentErrorCode.PIN_LOCKED, 'The PIN is locked on the token.');
      return new AgentError(AgentErrorCode.PIN_INCORRECT, 'The PIN is incorrect.', { pinState: state });
    }
    case pkcs11js.CKR_PIN_LOCKED:
      return new AgentError(AgentErrorCode.PIN_LOCKED, 'The PIN is locked on the token.');
    case pkcs11js.CKR_PIN_LEN_RANGE:
    case pkcs11js.CKR_PIN_INVALID:
      return new AgentError(AgentErrorCode.PIN_POLICY, `The token does not accept this PIN (${name}).`, {
        reason: 'token',
      });
    case pkcs11js.CKR_USER_PIN_NOT_INITIALIZED:
      return new AgentError(AgentErrorCode.PIN_LOCKED, 'The token has no user PIN: unblock it.');
  }
  if (TOKEN_GONE.has(error.code)) {
    return new AgentError(AgentErrorCode.TOKEN_NOT_FOUND, `The token is no longer available (${name}).`);
  }
  if (KEY_GONE.has(error.code)) {
    return new AgentError(AgentErrorCode.KEY_NOT_FOUND, `The key is no longer on the token (${name}).`);
  }
  return new AgentError(AgentErrorCode.TOKEN_ERROR, `The token refused the operation (${name}).`, {
    pkcs11: name,
  });
}
