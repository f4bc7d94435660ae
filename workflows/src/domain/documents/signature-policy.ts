import type {
  Channel,
  SignatureMethod,
  SignatureRight,
  SignatureSlot,
} from '../signatures/signature-right.js';
import { DocumentRejection, DocumentRejectionCode as Code } from './document-rejection.js';
import type { Actor, Awaiting, SignatureRecord } from './document-state.js';

/**
 * What reaching the bank takes once the set is complete: an EDS from the Standard channel (payments
 * and currency applications), or any complete set (service applications, which OTP may send).
 */
export type SendingRule = 'STANDARD_EDS' | 'ANY_SIGNATURE';

/** What the signing rules read of any signed process: a document or an application. */
export interface Signable {
  status: string;
  contentHash: string;
  signatures: readonly SignatureRecord[];
}

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
export function precheckSignature(
  state: Signable,
  attempt: SignatureAttempt,
  rule: SendingRule = 'STANDARD_EDS',
): void {
  if (!takesSignature(state, rule)) {
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

/**
 * Everything the workflow will check of a signer before it takes a signature, asked before any
 * evidence is spent: a challenge for an approval that can only be refused is never issued, and an
 * OTP code or a PIN is not used up on one. The workflow checks again; this only refuses earlier.
 */
export function precheckSigner(
  state: Signable,
  attempt: SignatureAttempt,
  signer: { userId: string; right: SignatureRight },
  rule: SendingRule = 'STANDARD_EDS',
): void {
  precheckSignature(state, attempt, rule);
  slotFor(state, signer, methodOfChannel(attempt.channel));
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
  state: Signable,
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

/** Whether the process takes a signature now: awaiting signatures, or complete and awaiting the EDS. */
export function takesSignature(state: Signable, rule: SendingRule = 'STANDARD_EDS'): boolean {
  return (
    state.status === 'AWAITING_SIGNATURES' || (state.status === 'SIGNED' && needsDispatchEds(state, rule))
  );
}

/** A complete set made only by OTP still needs an EDS from the Standard channel to reach the bank. */
export function needsDispatchEds(
  state: Pick<Signable, 'signatures'>,
  rule: SendingRule = 'STANDARD_EDS',
): boolean {
  return (
    rule === 'STANDARD_EDS' &&
    isComplete(state.signatures) &&
    !state.signatures.some((signature) => signature.method === 'EDS' && signature.channel === 'STANDARD')
  );
}

/** A signature or approval whose evidence the activity has confirmed, with the signer as they are now. */
export interface VerifiedSignature {
  signer: { userId: string; name: string; right: SignatureRight };
  actor: Actor;
  method: SignatureMethod;
  contentHash: string;
  evidenceId: string;
  at: string;
}

/** The verified signature made of a confirmed signer and what they signed, at a time the workflow gives. */
export function verifiedSignature(
  signer: { userId: string; name: string; right: SignatureRight; method: SignatureMethod },
  signed: { channel: Channel; contentHash: string; evidenceId: string },
  at: string,
): VerifiedSignature {
  return {
    signer: { userId: signer.userId, name: signer.name, right: signer.right },
    actor: { userId: signer.userId, name: signer.name, channel: signed.channel },
    method: signer.method,
    contentHash: signed.contentHash,
    evidenceId: signed.evidenceId,
    at,
  };
}

/**
 * The signatures with a verified one added in the slot the rule gives it, or a refusal: made over
 * another content, a second slot for the same person, or a process that takes no signature now.
 */
export function addSignature(
  state: Signable & { revision: number },
  signature: VerifiedSignature,
  rule: SendingRule = 'STANDARD_EDS',
): { signatures: SignatureRecord[]; slot: SignatureSlot } {
  if (signature.contentHash !== state.contentHash) {
    throw new DocumentRejection(
      Code.STALE_CONTENT,
      'The document changed while you were signing.',
      'contentHash',
    );
  }
  if (
    state.status === 'AWAITING_SIGNATURES' &&
    state.signatures.some((s) => s.signerId === signature.signer.userId)
  ) {
    throw new DocumentRejection(Code.ALREADY_SIGNED_BY_USER, 'You have already signed this document.');
  }
  if (!takesSignature(state, rule)) {
    throw new DocumentRejection(Code.WRONG_STATUS, `A ${state.status} document takes no signature.`);
  }
  const slot = slotFor(state, signature.signer, signature.method);
  const record: SignatureRecord = {
    slot,
    signerId: signature.signer.userId,
    signerName: signature.signer.name,
    right: signature.signer.right,
    channel: signature.actor.channel,
    method: signature.method,
    contentHash: signature.contentHash,
    revision: state.revision,
    signedAt: signature.at,
    evidenceId: signature.evidenceId,
  };
  return { signatures: [...state.signatures, record], slot };
}

/**
 * Whom a process collecting signatures awaits: a FIRST or SINGLE signer, then a SECOND one other
 * than those who signed; or, complete by OTP, anyone with a signing right through the Standard EDS.
 */
export function awaitedSignature(state: Signable, rule: SendingRule = 'STANDARD_EDS'): Awaiting {
  if (isComplete(state.signatures)) {
    return needsDispatchEds(state, rule)
      ? { kind: 'DISPATCH_EDS', rights: ['SINGLE', 'FIRST', 'SECOND'] }
      : { kind: 'BANK' };
  }
  const rights: SignatureRight[] = state.signatures.some((s) => s.slot === 'FIRST')
    ? ['SECOND']
    : ['SINGLE', 'FIRST'];
  return { kind: 'SIGNATURE', rights, excludedUserIds: state.signatures.map((s) => s.signerId) };
}
