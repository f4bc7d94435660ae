import type { Actor, Awaiting } from '../documents/document-state.js';
import {
  addSignature,
  awaitedSignature,
  isComplete,
  needsDispatchEds,
  type SendingRule,
  type VerifiedSignature,
} from '../documents/signature-policy.js';
import type { ApplicationContent } from './application-content.js';
import {
  CANCELLABLE_STATUSES,
  familyOf,
  type ApplicationKind,
  type ApplicationStatus,
} from './application-kind.js';
import { ApplicationRejection, ApplicationRejectionCode as Code } from './application-rejection.js';
import type {
  ApplicationEvent,
  ApplicationResult,
  ApplicationState,
  ApplicationTimelineEntry,
} from './application-state.js';

/**
 * An application's state machine as pure functions, like the document's: each returns the next state
 * or throws a refusal and changes nothing. The signature rules are the documents' own.
 */

export interface NewApplication {
  applicationId: string;
  organizationId: string;
  author: Actor;
  number: string;
  content: ApplicationContent;
  contentHash: string;
  deadline: string;
  /** For a cancellation: the kind of what it cancels decides its sending rule. */
  cancelledKind?: Exclude<ApplicationKind, 'CANCELLATION'>;
  at: string;
}

export function createApplication(input: NewApplication): ApplicationState {
  const kind = input.content.kind;
  const formKind = kind === 'CANCELLATION' ? input.content.cancelledKind : kind;
  const draft: ApplicationState = {
    applicationId: input.applicationId,
    organizationId: input.organizationId,
    kind,
    family: familyOf(formKind),
    number: input.number,
    authorId: input.author.userId,
    status: 'DRAFT',
    revision: 1,
    content: input.content,
    contentHash: input.contentHash,
    signatures: [],
    deadline: input.deadline,
    bank: {},
    awaiting: { kind: 'SUBMISSION', authorId: input.author.userId },
    timeline: [],
  };
  return record(draft, 'CREATED', 'DRAFT', input.at, input.author);
}

/** The sending rule of the application's family: currency applications need a Standard EDS. */
export function sendingRuleOf(state: Pick<ApplicationState, 'family'>): SendingRule {
  return state.family === 'CURRENCY' ? 'STANDARD_EDS' : 'ANY_SIGNATURE';
}

/** Editing replaces the content (same kind); its signatures are discarded and approval restarts. */
export function editApplication(
  state: ApplicationState,
  edit: {
    actor: Actor;
    content: ApplicationContent;
    contentHash: string;
    deadline: string;
    at: string;
    /** The revision the edit was made over (see editDocument); absent in edits recorded before. */
    revision?: number;
  },
): ApplicationState {
  requireOpen(state, 'edited');
  if (edit.revision !== undefined && edit.revision !== state.revision) {
    throw new ApplicationRejection(
      Code.CHANGED,
      `The application was saved again (revision ${state.revision}) after you opened revision ${edit.revision}: open it anew.`,
      'revision',
    );
  }
  if (edit.content.kind !== state.kind) {
    throw new ApplicationRejection(Code.KIND_CHANGED, 'An edit keeps the application’s kind.', 'kind');
  }
  const status: ApplicationStatus = state.status === 'DRAFT' ? 'DRAFT' : 'AWAITING_SIGNATURES';
  const next: ApplicationState = {
    ...state,
    status,
    revision: state.revision + 1,
    content: edit.content,
    contentHash: edit.contentHash,
    signatures: [],
    deadline: edit.deadline,
  };
  return record(next, 'EDITED', status, edit.at, edit.actor, {
    revision: next.revision,
    discardedSignatures: state.signatures.length,
  });
}

export function submitApplication(
  state: ApplicationState,
  submit: { actor: Actor; at: string },
): ApplicationState {
  if (state.status !== 'DRAFT') {
    throw new ApplicationRejection(Code.WRONG_STATUS, `A ${state.status} application is already submitted.`);
  }
  return record(
    { ...state, status: 'AWAITING_SIGNATURES' },
    'SUBMITTED',
    'AWAITING_SIGNATURES',
    submit.at,
    submit.actor,
  );
}

export function signApplication(state: ApplicationState, signature: VerifiedSignature): ApplicationState {
  const { signatures, slot } = addSignature(state, signature, sendingRuleOf(state));
  const status: ApplicationStatus = isComplete(signatures) ? 'SIGNED' : 'AWAITING_SIGNATURES';
  return record({ ...state, signatures, status }, 'SIGNED', status, signature.at, signature.actor, {
    slot,
    method: signature.method,
  });
}

/** Complete, and with the EDS its family needs: the application may leave for the bank. */
export function readyToSend(state: ApplicationState): boolean {
  return state.status === 'SIGNED' && !needsDispatchEds(state, sendingRuleOf(state));
}

export function rejectApplication(
  state: ApplicationState,
  rejection: { actor: Actor; reason: string; at: string },
): ApplicationState {
  requireOpen(state, 'rejected');
  if (state.status === 'DRAFT') {
    throw new ApplicationRejection(Code.WRONG_STATUS, 'A draft is withdrawn, not rejected.');
  }
  const reason = rejection.reason.trim();
  if (!reason) throw new ApplicationRejection(Code.REASON_REQUIRED, 'Say why it is rejected.', 'reason');
  const next: ApplicationState = {
    ...state,
    status: 'REJECTED',
    rejection: { userId: rejection.actor.userId, name: rejection.actor.name, reason, at: rejection.at },
  };
  return record(next, 'REJECTED', 'REJECTED', rejection.at, rejection.actor, { reason });
}

export function withdrawApplication(
  state: ApplicationState,
  withdrawal: { actor: Actor; at: string },
): ApplicationState {
  requireOpen(state, 'withdrawn');
  if (withdrawal.actor.userId !== state.authorId) {
    throw new ApplicationRejection(Code.NOT_AUTHOR, 'Only the author can withdraw the application.');
  }
  return record({ ...state, status: 'WITHDRAWN' }, 'WITHDRAWN', 'WITHDRAWN', withdrawal.at, withdrawal.actor);
}

export function expireApplication(state: ApplicationState, at: string): ApplicationState {
  requireOpen(state, 'expired');
  return record({ ...state, status: 'EXPIRED' }, 'EXPIRED', 'EXPIRED', at, undefined, {
    deadline: state.deadline,
  });
}

/** What the bank answered on receiving the application. */
export interface ApplicationReceipt {
  reference: string;
  status: 'ACCEPTED' | 'REFUSED';
  reason?: string;
  at: string;
}

/** Handed to the bank and answered: one record of both transitions. */
export function sendApplication(
  state: ApplicationState,
  receipt: ApplicationReceipt,
  at: string,
): ApplicationState {
  if (!readyToSend(state)) {
    throw new ApplicationRejection(Code.WRONG_STATUS, `A ${state.status} application cannot be sent.`);
  }
  const sent = record({ ...state, status: 'SENT_TO_BANK' }, 'SENT_TO_BANK', 'SENT_TO_BANK', at);
  return applyApplicationBankReport(sent, {
    ...receipt,
    status: receipt.status === 'ACCEPTED' ? 'ACCEPTED' : 'REFUSED',
  });
}

/** The bank's progress on an application it holds. */
export interface ApplicationBankReport {
  status: 'ACCEPTED' | 'IN_PROGRESS' | 'DONE' | 'REFUSED' | 'CANCELLED';
  reference?: string;
  reason?: string;
  result?: ApplicationResult;
  at: string;
}

const BANK_ORDER: Readonly<Record<ApplicationBankReport['status'], number>> = {
  ACCEPTED: 1,
  IN_PROGRESS: 2,
  DONE: 3,
  REFUSED: 3,
  CANCELLED: 3,
};
const RANK: Partial<Record<ApplicationStatus, number>> = { SENT_TO_BANK: 0, ACCEPTED: 1, IN_PROGRESS: 2 };

/**
 * Applies a bank report. Reports may repeat or come out of order: one that does not move the
 * application forward changes nothing, and a final one implies those before it.
 */
export function applyApplicationBankReport(
  state: ApplicationState,
  report: ApplicationBankReport,
): ApplicationState {
  const rank = RANK[state.status];
  if (rank === undefined || BANK_ORDER[report.status] <= rank) return state;
  const bank = { ...state.bank, ...(report.reference ? { reference: report.reference } : {}) };
  let next: ApplicationState = { ...state, bank };
  if (next.status === 'SENT_TO_BANK' && report.status !== 'REFUSED' && report.status !== 'CANCELLED') {
    next = record({ ...next, status: 'ACCEPTED' }, 'ACCEPTED', 'ACCEPTED', report.at, undefined, {
      reference: bank.reference ?? null,
    });
  }
  switch (report.status) {
    case 'ACCEPTED':
      return next;
    case 'IN_PROGRESS':
      return record({ ...next, status: 'IN_PROGRESS' }, 'IN_PROGRESS', 'IN_PROGRESS', report.at);
    case 'DONE':
      return record(
        { ...next, status: 'DONE', bank: { ...bank, ...(report.result ? { result: report.result } : {}) } },
        'DONE',
        'DONE',
        report.at,
      );
    case 'REFUSED': {
      const reason = report.reason ?? 'REFUSED_BY_BANK_OFFICER';
      return record(
        { ...next, status: 'REFUSED_BY_BANK', bank: { ...bank, reason } },
        'REFUSED_BY_BANK',
        'REFUSED_BY_BANK',
        report.at,
        undefined,
        { reason },
      );
    }
    case 'CANCELLED':
      return record({ ...next, status: 'CANCELLED' }, 'CANCELLED', 'CANCELLED', report.at, undefined, {
        cancellationId: next.cancellation?.applicationId ?? null,
      });
  }
}

/**
 * Reserves the application for one cancellation: only while the bank holds it, and one at a time, so
 * two people asking at once make one cancellation.
 */
export function reserveCancellation(
  state: ApplicationState,
  request: { cancellationId: string },
): ApplicationState {
  if (!CANCELLABLE_STATUSES.has(state.status)) {
    throw new ApplicationRejection(
      Code.NOT_CANCELLABLE,
      `A ${state.status} application is not held by the bank and cannot be cancelled.`,
    );
  }
  const current = state.cancellation;
  if (current && current.status !== 'REFUSED' && current.applicationId !== request.cancellationId) {
    throw new ApplicationRejection(
      Code.CANCELLATION_PENDING,
      'A cancellation of this application is already on its way.',
    );
  }
  if (current?.applicationId === request.cancellationId) return state;
  return { ...state, cancellation: { applicationId: request.cancellationId, status: 'RESERVED' } };
}

/** How a cancellation of this application went: sent to the bank, refused by it, or dropped before. */
export interface CancellationProgress {
  cancellationId: string;
  outcome: 'SENT' | 'REFUSED' | 'DROPPED';
  reason?: string;
  at: string;
}

/** Records a cancellation's progress on the application it cancels (a stale one changes nothing). */
export function applyCancellationProgress(
  state: ApplicationState,
  progress: CancellationProgress,
): ApplicationState {
  const current = state.cancellation;
  if (!current || current.applicationId !== progress.cancellationId) return state;
  const details = { cancellationId: progress.cancellationId };
  switch (progress.outcome) {
    case 'SENT':
      if (current.status !== 'RESERVED') return state;
      return record(
        { ...state, cancellation: { ...current, status: 'SENT' } },
        'CANCELLATION_REQUESTED',
        state.status,
        progress.at,
        undefined,
        details,
      );
    case 'REFUSED':
      if (current.status === 'REFUSED') return state;
      return record(
        { ...state, cancellation: { ...current, status: 'REFUSED' } },
        'CANCELLATION_REFUSED',
        state.status,
        progress.at,
        undefined,
        { ...details, reason: progress.reason ?? null },
      );
    case 'DROPPED': {
      const rest: ApplicationState = { ...state };
      delete rest.cancellation;
      return current.status === 'RESERVED'
        ? record(rest, 'CANCELLATION_DROPPED', state.status, progress.at, undefined, details)
        : state;
    }
  }
}

/** What the application waits for next; part of every state, as for documents. */
export function applicationAwaiting(state: ApplicationState): Awaiting {
  switch (state.status) {
    case 'DRAFT':
      return { kind: 'SUBMISSION', authorId: state.authorId };
    case 'AWAITING_SIGNATURES':
    case 'SIGNED':
      return awaitedSignature(state, sendingRuleOf(state));
    case 'SENT_TO_BANK':
    case 'ACCEPTED':
    case 'IN_PROGRESS':
      return { kind: 'BANK' };
    default:
      return { kind: 'NOTHING' };
  }
}

/** Still in the organization's hands: a draft, awaiting signatures, or awaiting its sending EDS. */
export function isApplicationOpen(state: ApplicationState): boolean {
  return (
    state.status === 'DRAFT' ||
    state.status === 'AWAITING_SIGNATURES' ||
    (state.status === 'SIGNED' && !readyToSend(state))
  );
}

function requireOpen(state: ApplicationState, action: string): void {
  if (!isApplicationOpen(state)) {
    throw new ApplicationRejection(Code.WRONG_STATUS, `A ${state.status} application cannot be ${action}.`);
  }
}

function record(
  state: ApplicationState,
  event: ApplicationEvent,
  status: ApplicationStatus,
  at: string,
  actor?: Actor,
  details?: ApplicationTimelineEntry['details'],
): ApplicationState {
  const entry: ApplicationTimelineEntry = { seq: state.timeline.length + 1, event, status, at };
  if (actor) entry.actor = actor;
  if (details) entry.details = details;
  const next = { ...state, timeline: [...state.timeline, entry] };
  return { ...next, awaiting: applicationAwaiting(next) };
}
