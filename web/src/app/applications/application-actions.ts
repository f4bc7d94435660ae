import {
  CANCELLABLE_STATUSES,
  type ChannelFunction,
  channelAllows,
  isCurrencyKind,
} from '@qoltanba/workflows/domain';
import type { ClientPrincipal } from '../core/auth/session';
import type { ApplicationView } from './application';

/** What the current user may do with an application right now; the page offers exactly these. */
export interface ApplicationActions {
  /** Standard channel: an EDS through the signing agent (a signature slot, or the dispatch EDS). */
  readonly signWithEds: boolean;
  /** Light and Mobile: an OTP approval of a signature slot. */
  readonly approveWithOtp: boolean;
  readonly reject: boolean;
  readonly withdraw: boolean;
  readonly edit: boolean;
  readonly submit: boolean;
  /** The bank holds it: ask the bank to cancel it (a new cancellation application). */
  readonly askToCancel: boolean;
}

export const NO_APPLICATION_ACTIONS: ApplicationActions = {
  signWithEds: false,
  approveWithOtp: false,
  reject: false,
  withdraw: false,
  edit: false,
  submit: false,
  askToCancel: false,
};

/** The channel function that prepares an application of this kind (a cancellation: its own family). */
export function preparingFunction(application: Pick<ApplicationView, 'kind' | 'family'>): ChannelFunction {
  return application.family === 'CURRENCY' || isCurrencyKind(application.kind)
    ? 'CREATE_CURRENCY_APPLICATION'
    : 'SERVICE_APPLICATION';
}

/**
 * The workflow's rules (the documents' signature policy, application-transitions.ts) read from the
 * application's `awaiting` and status: the server still decides, this only keeps buttons that
 * would be refused off the screen.
 */
export function applicationActions(
  application: ApplicationView,
  user: ClientPrincipal | undefined,
): ApplicationActions {
  if (!user) return NO_APPLICATION_ACTIONS;
  const { awaiting, status } = application;
  const signer = user.signatureRight !== 'NONE';
  const awaitsMySignature =
    signer &&
    awaiting.kind === 'SIGNATURE' &&
    awaiting.rights.includes(user.signatureRight) &&
    !awaiting.excludedUserIds.includes(user.userId);
  const awaitsDispatch =
    signer && awaiting.kind === 'DISPATCH_EDS' && awaiting.rights.includes(user.signatureRight);
  const open = status === 'DRAFT' || status === 'AWAITING_SIGNATURES' || awaiting.kind === 'DISPATCH_EDS';
  const prepares = user.mayPrepare && channelAllows(user.channel, preparingFunction(application));
  const cancellationPending =
    application.cancellation !== undefined && application.cancellation.status !== 'REFUSED';
  return {
    signWithEds: user.channel === 'STANDARD' && (awaitsMySignature || awaitsDispatch),
    approveWithOtp: user.channel !== 'STANDARD' && awaitsMySignature,
    reject: signer && open && status !== 'DRAFT',
    withdraw: open && application.authorId === user.userId,
    // A cancellation says only why: it is withdrawn and asked again rather than edited.
    edit: open && prepares && application.kind !== 'CANCELLATION',
    submit: status === 'DRAFT' && prepares,
    askToCancel:
      CANCELLABLE_STATUSES.has(status) &&
      application.kind !== 'CANCELLATION' &&
      !cancellationPending &&
      prepares,
  };
}
