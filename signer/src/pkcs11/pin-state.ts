import pkcs11js from 'pkcs11js';

export type UserType = 'user' | 'so';

/**
 * What the token itself says about a PIN's wrong-entry counter. The agent never counts tries on its
 * own: the token is the authority, and a vendor may count differently (KAZTOKEN, SoftHSM2…).
 */
export interface PinState {
  /** At least one wrong entry since the last right one. */
  countLow: boolean;
  /** The next wrong entry locks the PIN. */
  finalTry: boolean;
  locked: boolean;
}

const FLAGS: Record<UserType, { countLow: number; finalTry: number; locked: number }> = {
  user: {
    countLow: pkcs11js.CKF_USER_PIN_COUNT_LOW,
    finalTry: pkcs11js.CKF_USER_PIN_FINAL_TRY,
    locked: pkcs11js.CKF_USER_PIN_LOCKED,
  },
  so: {
    countLow: pkcs11js.CKF_SO_PIN_COUNT_LOW,
    finalTry: pkcs11js.CKF_SO_PIN_FINAL_TRY,
    locked: pkcs11js.CKF_SO_PIN_LOCKED,
  },
};

export function pinStateFromFlags(flags: number, userType: UserType): PinState {
  const masks = FLAGS[userType];
  return {
    countLow: (flags & masks.countLow) !== 0,
    finalTry: (flags & masks.finalTry) !== 0,
    locked: (flags & masks.locked) !== 0,
  };
}

export const PKCS11_USER_TYPE: Record<UserType, number> = { user: pkcs11js.CKU_USER, so: pkcs11js.CKU_SO };
