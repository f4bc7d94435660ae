import pkcs11js from 'pkcs11js';
import { pinStateFromFlags, type PinState } from './pin-state.js';

/** What the agent tells the page about a connected token: never keys, never PINs. */
export interface TokenSummary {
  slotId: string;
  label: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  /** Initialized with a label and PINs; an empty KAZTOKEN shows as "KAZTOKEN - ?" until then. */
  initialized: boolean;
  userPinLocked: boolean;
  /** The token warns that the next wrong PIN locks it. */
  userPinFinalTry: boolean;
  /** The user PIN's wrong-entry counter as the token reports it. */
  userPin: PinState;
  /** The security officer's (administrator's) PIN, used to unblock and format. */
  soPin: PinState;
}

/** PKCS#11 pads strings with spaces to fixed widths. */
export const trimPadded = (value: string) => value.replace(/[\s\0]+$/, '');

export function toTokenSummary(slot: pkcs11js.Handle, info: pkcs11js.TokenInfo): TokenSummary {
  const userPin = pinStateFromFlags(info.flags, 'user');
  return {
    slotId: slot.toString('hex'),
    label: trimPadded(info.label),
    manufacturer: trimPadded(info.manufacturerID),
    model: trimPadded(info.model),
    serialNumber: trimPadded(info.serialNumber),
    initialized: (info.flags & pkcs11js.CKF_TOKEN_INITIALIZED) !== 0,
    userPinLocked: userPin.locked,
    userPinFinalTry: userPin.finalTry,
    userPin,
    soPin: pinStateFromFlags(info.flags, 'so'),
  };
}
