import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  CertificateRequests,
  RegistrationHolder,
  RegistrationState,
  RegistrationToken,
} from '../domain/registration/registration-state.js';

/** One workflow per registration, id `token-registration-<uuid>`. */
export const tokenRegistrationWorkflowId = (registrationId: string): string =>
  `token-registration-${registrationId}`;

export interface TokenRegistrationInput {
  registrationId: string;
  holder: RegistrationHolder;
  validityDays: number;
  /** An unfinished registration expires after this many days (set by the bank). */
  expiresInDays: number;
  reissueId?: string;
}

export interface ChooseTokenCommand {
  token: RegistrationToken;
  connectedTokens: number;
}

/** Later steps name the token they ran on: the registration's own, or they are refused. */
export interface OnTokenCommand {
  serialNumber: string;
}

export type SubmitRequestsCommand = CertificateRequests & OnTokenCommand;

export interface CancelRegistrationCommand {
  reason: string;
}

/** Answers once the new registration is in the read model (update-with-start waits for it). */
export const registrationReadyUpdate = defineUpdate<RegistrationState>('registrationReady');
export const chooseTokenUpdate = defineUpdate<RegistrationState, [ChooseTokenCommand]>('chooseToken');
export const confirmPasswordSetUpdate = defineUpdate<RegistrationState, [OnTokenCommand]>(
  'confirmPasswordSet',
);
export const submitRequestsUpdate = defineUpdate<RegistrationState, [SubmitRequestsCommand]>(
  'submitRequests',
);
/** The agent wrote both certificates: they become the user's active ones, the previous revoked. */
export const confirmWrittenUpdate = defineUpdate<RegistrationState, [OnTokenCommand]>('confirmWritten');
export const cancelRegistrationUpdate = defineUpdate<RegistrationState, [CancelRegistrationCommand]>(
  'cancelRegistration',
);
export const registrationStateQuery = defineQuery<RegistrationState>('registrationState');
