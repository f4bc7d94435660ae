import pkcs11js from 'pkcs11js';

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
}

/** PKCS#11 pads strings with spaces to fixed widths. */
const trimPadded = (value: string) => value.replace(/[\s\0]+$/, '');

export function toTokenSummary(slot: pkcs11js.Handle, info: pkcs11js.TokenInfo): TokenSummary {
  const flag = (mask: number) => (info.flags & mask) !== 0;
  return {
    slotId: slot.toString('hex'),
    label: trimPadded(info.label),
    manufacturer: trimPadded(info.manufacturerID),
    model: trimPadded(info.model),
    serialNumber: trimPadded(info.serialNumber),
    initialized: flag(pkcs11js.CKF_TOKEN_INITIALIZED),
    userPinLocked: flag(pkcs11js.CKF_USER_PIN_LOCKED),
    userPinFinalTry: flag(pkcs11js.CKF_USER_PIN_FINAL_TRY),
  };
}
