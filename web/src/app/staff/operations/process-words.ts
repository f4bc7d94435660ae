import {
  APPLICATION_EVENTS,
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  AWAITED_PARTIES,
  CHANGE_REQUEST_EVENTS,
  CHANGE_REQUEST_STATUSES,
  CHANGE_TYPES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  PROCESS_TYPES,
  REGISTRATION_STATUSES,
  REISSUE_STATUSES,
  TIMELINE_EVENTS,
} from '@qoltanba/workflows/domain';
import type { ProcessType } from './ops-api';

export { AWAITED_PARTIES, PROCESS_TYPES };

/** The monthly fee run's statuses (FeeRunStatus in workflows/src/tariffs). */
export const TARIFF_RUN_STATUSES = ['RUNNING', 'DONE', 'NOT_DUE', 'CANCELLED'] as const;

/**
 * Each kind of process has statuses of its own. Where the app already says them in words (a
 * payment's, an application's, a registration's…) the console does too, beside the code; the
 * others (a self-check's) stay codes.
 */
const STATUS_WORDS: Readonly<
  Record<ProcessType, { readonly codes: readonly string[]; readonly prefix: string }>
> = {
  payment: { codes: DOCUMENT_STATUSES, prefix: 'status.' },
  application: { codes: APPLICATION_STATUSES, prefix: 'status.' },
  'token-registration': { codes: REGISTRATION_STATUSES, prefix: 'staff.registrationStatus.' },
  'token-reissue': { codes: REISSUE_STATUSES, prefix: 'staff.reissueStatus.' },
  'change-request': { codes: CHANGE_REQUEST_STATUSES, prefix: 'staff.changeStatus.' },
  'tariff-run': { codes: TARIFF_RUN_STATUSES, prefix: 'staff.ops.tariffRunStatus.' },
  'self-check': { codes: [], prefix: '' },
};

const EVENT_WORDS: Readonly<
  Partial<Record<ProcessType, { readonly codes: readonly string[]; readonly prefix: string }>>
> = {
  payment: { codes: TIMELINE_EVENTS, prefix: 'timeline.' },
  application: { codes: APPLICATION_EVENTS, prefix: 'applicationTimeline.' },
  'change-request': { codes: CHANGE_REQUEST_EVENTS, prefix: 'staff.changeEvent.' },
};

/** What a payment or application is, or which change a change request makes. */
const KIND_WORDS: Readonly<
  Partial<Record<ProcessType, { readonly codes: readonly string[]; readonly prefix: string }>>
> = {
  payment: { codes: DOCUMENT_TYPES, prefix: 'documentType.' },
  application: { codes: APPLICATION_KINDS, prefix: 'applicationKind.' },
  'change-request': { codes: CHANGE_TYPES, prefix: 'staff.changeType.' },
};

/** The operators' own actions the timeline shows (audit actions on a process). */
export const OPERATOR_ACTIONS = ['OPS_PROCESS_RETRY', 'OPS_PROCESS_MARKED_BROKEN'] as const;

/** Kinds of step of the Temporal history (HistoryEntryView.kind). */
export const HISTORY_KINDS = [
  'STARTED',
  'ACTIVITY_SCHEDULED',
  'ACTIVITY_COMPLETED',
  'ACTIVITY_FAILED',
  'ACTIVITY_TIMED_OUT',
  'LOCAL_ACTIVITY',
  'TIMER_STARTED',
  'TIMER_FIRED',
  'UPDATE_ACCEPTED',
  'UPDATE_COMPLETED',
  'SIGNALED',
  'CANCEL_REQUESTED',
  'COMPLETED',
  'FAILED',
  'CANCELED',
  'TERMINATED',
  'CONTINUED_AS_NEW',
  'TIMED_OUT',
] as const;

/** A workflow execution's status as Temporal reports it. */
export const EXECUTION_STATUSES = [
  'RUNNING',
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'TERMINATED',
  'CONTINUED_AS_NEW',
  'TIMED_OUT',
] as const;

/** A pending activity's state as Temporal reports it. */
export const ACTIVITY_STATES = [
  'SCHEDULED',
  'STARTED',
  'CANCEL_REQUESTED',
  'PAUSED',
  'PAUSE_REQUESTED',
] as const;

function wordsOf(
  table: { readonly codes: readonly string[]; readonly prefix: string } | undefined,
  code: string | null | undefined,
): string | undefined {
  return code && table?.codes.includes(code) ? `${table.prefix}${code}` : undefined;
}

/** The words of a process's status, when the app has them. */
export function statusKey(type: ProcessType, status: string): string | undefined {
  return wordsOf(STATUS_WORDS[type], status);
}

/** The words of an entry of a process's timeline: its own event, or an operator's action. */
export function timelineEventKey(
  type: ProcessType,
  source: 'PROCESS' | 'OPERATOR',
  event: string,
): string | undefined {
  if (source === 'OPERATOR')
    return (OPERATOR_ACTIONS as readonly string[]).includes(event) ? `staff.ops.action.${event}` : undefined;
  return wordsOf(EVENT_WORDS[type], event);
}

/** The words of what exactly the process is (a payment's document type, an application's kind…). */
export function kindKey(type: ProcessType, kind: string | null): string | undefined {
  return wordsOf(KIND_WORDS[type], kind);
}

export function historyKindKey(kind: string): string | undefined {
  return (HISTORY_KINDS as readonly string[]).includes(kind) ? `staff.ops.history.${kind}` : undefined;
}

export function executionStatusKey(status: string): string | undefined {
  return (EXECUTION_STATUSES as readonly string[]).includes(status)
    ? `staff.ops.execution.${status}`
    : undefined;
}

export function activityStateKey(state: string): string | undefined {
  return (ACTIVITY_STATES as readonly string[]).includes(state)
    ? `staff.ops.activityState.${state}`
    : undefined;
}

export type Tone = 'neutral' | 'waiting' | 'progress' | 'good' | 'bad';

const GOOD = new Set(['EXECUTED', 'DONE', 'COMPLETED', 'APPLIED']);
const BAD = new Set(['REJECTED', 'REJECTED_BY_BANK', 'REFUSED_BY_BANK', 'FAILED', 'TERMINATED', 'TIMED_OUT']);
const NEUTRAL = new Set(['DRAFT', 'WITHDRAWN', 'EXPIRED', 'CANCELLED', 'NOT_DUE']);

/** A status's colour, by what it means whatever the kind: done well, refused, waiting or under way. */
export function statusTone(status: string): Tone {
  if (GOOD.has(status)) return 'good';
  if (BAD.has(status)) return 'bad';
  if (NEUTRAL.has(status)) return 'neutral';
  return status.startsWith('AWAITING') || status.startsWith('PENDING') ? 'waiting' : 'progress';
}
