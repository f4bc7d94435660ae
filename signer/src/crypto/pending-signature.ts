/** Signs bytes with the private key, which stays wherever it is (the token). */
export type RawSigner = (toBeSigned: Buffer) => Promise<Buffer>;

/**
 * A signed document waiting for its signature value: the bytes the key signs, and how the value is
 * put in place once made. Split in two so a batch can wrap one signature while the token computes
 * the next, whatever the format (CMS, XMLDSig).
 */
export interface PendingSignature {
  toBeSigned: Buffer;
  finish(signature: Buffer): Buffer;
}
