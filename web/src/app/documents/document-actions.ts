import { channelAllows } from '@qoltanba/workflows/domain';
import type { ClientPrincipal } from '../core/auth/session';
import type { DocumentView } from './document';

/** What the current user may do with a document right now; the page offers exactly these. */
export interface DocumentActions {
  /** Standard channel: an EDS through the signing agent (a signature slot, or the dispatch EDS). */
  readonly signWithEds: boolean;
  /** Light and Mobile: an OTP approval of a signature slot. */
  readonly approveWithOtp: boolean;
  readonly reject: boolean;
  readonly withdraw: boolean;
  readonly edit: boolean;
  readonly submit: boolean;
}

export const NO_ACTIONS: DocumentActions = {
  signWithEds: false,
  approveWithOtp: false,
  reject: false,
  withdraw: false,
  edit: false,
  submit: false,
};

/**
 * The same rules the workflow applies (signature-policy.ts, document-transitions.ts), read from the
 * document's `awaiting`: the server still decides, this only keeps buttons that would be refused
 * off the screen. NONE users may prepare documents where the organization allows it (the session's
 * `mayPrepare`), so edit and submit follow that and the channel; the server has the last word.
 */
export function availableActions(document: DocumentView, user: ClientPrincipal | undefined): DocumentActions {
  if (!user) return NO_ACTIONS;
  const { awaiting, status } = document;
  const signer = user.signatureRight !== 'NONE';
  const awaitsMySignature =
    signer &&
    awaiting.kind === 'SIGNATURE' &&
    awaiting.rights.includes(user.signatureRight) &&
    !awaiting.excludedUserIds.includes(user.userId);
  const awaitsDispatch =
    signer && awaiting.kind === 'DISPATCH_EDS' && awaiting.rights.includes(user.signatureRight);
  const open = status === 'DRAFT' || status === 'AWAITING_SIGNATURES' || awaiting.kind === 'DISPATCH_EDS';
  const prepares = user.mayPrepare && channelAllows(user.channel, 'CREATE_TENGE_PAYMENT');
  return {
    signWithEds: user.channel === 'STANDARD' && (awaitsMySignature || awaitsDispatch),
    approveWithOtp: user.channel !== 'STANDARD' && awaitsMySignature,
    reject: signer && open && status !== 'DRAFT',
    withdraw: open && document.authorId === user.userId,
    edit: open && prepares,
    submit: status === 'DRAFT' && prepares,
  };
}
