import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ApplicationContent } from '../domain/applications/application-content.js';
import type { ApplicationState } from '../domain/applications/application-state.js';
import type {
  ApplicationBankReport,
  ApplicationReceipt,
  CancellationProgress,
} from '../domain/applications/application-transitions.js';
import type { Actor } from '../domain/documents/document-state.js';
import type { ActorCommand, RejectCommand, SignCommand } from '../documents/payment-document.messages.js';

/** One workflow per application, id `application-<uuid>`: every API call finds it by the id. */
export const applicationWorkflowId = (applicationId: string): string => `application-${applicationId}`;

export interface ApplicationInput {
  applicationId: string;
  organizationId: string;
  author: Actor;
  number: string;
  content: ApplicationContent;
  /** Submit for signature at once ("save and send") instead of keeping a draft. */
  submit?: boolean;
}

export interface EditApplicationCommand {
  actor: Actor;
  content: ApplicationContent;
  /** The revision the edit was made over. Edits recorded before it was asked for carry none. */
  revision: number;
}

export interface ReserveCancellationCommand {
  cancellationId: string;
}

export type { ActorCommand, RejectCommand, SignCommand };
export type { ApplicationBankReport, ApplicationReceipt, CancellationProgress };

/** Answers once the new application is in the read model (update-with-start, as documents). */
export const applicationReadyUpdate = defineUpdate<ApplicationState>('applicationReady');
export const editApplicationUpdate = defineUpdate<ApplicationState, [EditApplicationCommand]>(
  'editApplication',
);
export const submitApplicationUpdate = defineUpdate<ApplicationState, [ActorCommand]>('submitApplication');
export const signApplicationUpdate = defineUpdate<ApplicationState, [SignCommand]>('signApplication');
export const rejectApplicationUpdate = defineUpdate<ApplicationState, [RejectCommand]>('rejectApplication');
export const withdrawApplicationUpdate = defineUpdate<ApplicationState, [ActorCommand]>(
  'withdrawApplication',
);
/** Reserves the application for one cancellation before the cancellation's own workflow starts. */
export const reserveCancellationUpdate = defineUpdate<ApplicationState, [ReserveCancellationCommand]>(
  'reserveCancellation',
);

export const applicationStateQuery = defineQuery<ApplicationState>('applicationState');

/** The bank's later progress: IN_PROGRESS, DONE with its answer, REFUSED, CANCELLED. */
export const applicationBankReportSignal = defineSignal<[ApplicationBankReport]>('applicationBankReport');
/** A cancellation tells the application it cancels how it went. */
export const cancellationProgressSignal = defineSignal<[CancellationProgress]>('cancellationProgress');
