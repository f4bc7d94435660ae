/**
 * Each client user holds exactly one right. A document is complete with {SINGLE} or {FIRST, SECOND}
 * (EBICS signature classes E and A+B); NONE may view and, if the organization allows, prepare.
 */
export const SIGNATURE_RIGHTS = ['SINGLE', 'FIRST', 'SECOND', 'NONE'] as const;
export type SignatureRight = (typeof SIGNATURE_RIGHTS)[number];

/** The three ways in: desktop with token (EDS), desktop browser (OTP), phone browser (OTP). */
export const CHANNELS = ['STANDARD', 'LIGHT', 'MOBILE'] as const;
export type Channel = (typeof CHANNELS)[number];

/** An EDS made on the token in the Standard channel, or an OTP confirmation in Light/Mobile. */
export type SignatureMethod = 'EDS' | 'OTP';

/**
 * The slot a signature fills. DISPATCH is the EDS a Standard-channel signer adds to a document whose
 * slots were all filled by OTP: only an EDS lets a payment reach the bank.
 */
export type SignatureSlot = 'SINGLE' | 'FIRST' | 'SECOND' | 'DISPATCH';
