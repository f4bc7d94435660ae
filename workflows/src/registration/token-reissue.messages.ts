import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { RegistrationHolder } from '../domain/registration/registration-state.js';
import type { ReissueReason, ReissueStarter, ReissueState } from '../domain/registration/reissue-state.js';
import type {
  CancelRegistrationCommand,
  ChooseTokenCommand,
  OnTokenCommand,
} from './token-registration.messages.js';

/** One workflow per reissue, id `token-reissue-<uuid>`. */
export const tokenReissueWorkflowId = (reissueId: string): string => `token-reissue-${reissueId}`;

export interface TokenReissueInput {
  reissueId: string;
  holder: RegistrationHolder;
  reason: ReissueReason;
  startedBy: ReissueStarter;
  validityDays: number;
  /** Days until the reissue expires before its registration starts, and the registration's own. */
  expiresInDays: number;
}

export const reissueReadyUpdate = defineUpdate<ReissueState>('reissueReady');
export const chooseReissueTokenUpdate = defineUpdate<ReissueState, [ChooseTokenCommand]>(
  'chooseReissueToken',
);
export const confirmFormattedUpdate = defineUpdate<ReissueState, [OnTokenCommand]>('confirmFormatted');
export const cancelReissueUpdate = defineUpdate<ReissueState, [CancelRegistrationCommand]>('cancelReissue');
export const reissueStateQuery = defineQuery<ReissueState>('reissueState');
