import type {
  Channel,
  SignatureMethod,
  SignatureRight,
  SignatureSlot,
} from '../signatures/signature-right.js';
import { DocumentRejection, DocumentRejectionCode as Code } from './document-rejection.js';
import type { DocumentState, SignatureRecord } from './document-state.js';

/** What the workflow knows before verifying anything: who claims to sign which content, how. */
export interface SignatureAttempt {
  signerId: string;
  channel: Channel;
  contentHash: string;
}

/**
 * Checks that need only the document's state: status, content version, a second slot for the same
 * person. Runs as the update's validator, so a refused attempt leaves no trace in the history.
 */
export function precheckSignature(state: DocumentState, attempt: SignatureAttempt): void {
  if (state.status !== 'AWAITING_SIGNATURES' && !(state.status === 'SIGNED' && needsDispatchEds(state))) {
    throw new DocumentRejection(Code.WRONG_STATUS, `A ${state.status} document takes no signature.`);
  }
  if (attempt.contentHash !== state.contentHash) {
    throw new DocumentRejection(
      Code.STALE_CONTENT,
      'The document changed since you opened it; review it and sign again.',
      'contentHash',
    );
  }
  if (
    state.status === 'AWAITING_SIGNATURES' &&
    state.signatures.some((s) => s.signerId === attempt.signerId)
  ) {
    throw new DocumentRejection(Code.ALREADY_SIGNED_BY_USER, 'You have already signed this document.');
  }
}

/** The method each channel signs with: only the Standard channel has the token. */
export function methodOfChannel(channel: Channel): SignatureMethod {
  return channel === 'STANDARD' ? 'EDS' : 'OTP';
}

/**
 * The slot a verified signer fills, by the multi-signature rule: {SINGLE} or {FIRST, SECOND}, the
 * SECOND only after a FIRST, never two slots for one person, never more than two slots. A document
 * whose slots were all filled by OTP takes one more signature, the DISPATCH EDS from the Standard
 * channel, from anyone with a signing right.
 */
export function slotFor(
  state: DocumentState,
  signer: { userId: string; right: SignatureRight },
  method: SignatureMethod,
): SignatureSlot {
  if (signer.right === 'NONE') {
    throw new DocumentRejection(Code.NO_SIGNING_RIGHT, 'Your signature right does not allow signing.');
  }
  if (state.status === 'SIGNED') {
    if (method !== 'EDS') {
      throw new DocumentRejection(
        Code.DISPATCH_NEEDS_STANDARD_EDS,
        'The document is approved; only an EDS from the Standard channel can now send it to the bank.',
      );
    }
    return 'DISPATCH';
  }
  const taken = new Set(state.signatures.map((signature) => signature.slot));
  if (taken.size >= 2)
    throw new DocumentRejection(Code.TOO_MANY_SIGNATURES, 'A document carries at most 2 signatures.');
  switch (signer.right) {
    case 'SINGLE':
    case 'FIRST':
      if (taken.size > 0) {
        throw new DocumentRejection(
          Code.SLOT_TAKEN,
          taken.has('FIRST')
            ? 'The first signature is in place; the document awaits a SECOND signer.'
            : 'The document is already signed.',
        );
      }
      return signer.right;
    case 'SECOND':
      if (!taken.has('FIRST')) {
        throw new DocumentRejection(
          Code.SECOND_BEFORE_FIRST,
          'A SECOND signature needs a FIRST signature before it.',
        );
      }
      return 'SECOND';
  }
}

/** Complete when the slots hold {SINGLE} or {FIRST, SECOND}. */
export function isComplete(signatures: readonly SignatureRecord[]): boolean {
  const slots = new Set(signatures.map((signature) => signature.slot));
  return slots.has('SINGLE') || (slots.has('FIRST') && slots.has('SECOND'));
}

/** A complete set made only by OTP still needs an EDS from the Standard channel to reach the bank. */
export function needsDispatchEds(state: Pick<DocumentState, 'signatures'>): boolean {
  return (
    isComplete(state.signatures) &&
    !state.signatures.some((signature) => signature.method === 'EDS' && signature.channel === 'STANDARD')
  );
}
