import { sendingRuleOfPayment } from '../payment/payment-kind.js';
import type { TengePaymentOrder } from '../payment/tenge-payment-order.js';
import { computeDeadline } from './document-deadline.js';
import { DocumentRejection, DocumentRejectionCode as Code } from './document-rejection.js';
import type {
  Actor,
  Awaiting,
  DeadlinePolicy,
  DocumentState,
  TimelineEntry,
  TimelineEvent,
} from './document-state.js';
import type { DocumentStatus } from './document-status.js';
import {
  addSignature,
  awaitedSignature,
  isComplete,
  needsDispatchEds,
  type VerifiedSignature,
} from './signature-policy.js';

/**
 * The document's state machine as pure functions: each takes the state and an action and returns
 * the next state, or throws a DocumentRejection and changes nothing. The workflow holds the state
 * and calls these; tests call them directly.
 */

export interface NewDocument {
  documentId: string;
  organizationId: string;
  author: Actor;
  content: TengePaymentOrder;
  contentHash: string;
  deadlinePolicy: DeadlinePolicy;
  at: string;
}

export function createDocument(input: NewDocument): DocumentState {
  const draft: DocumentState = {
    documentId: input.documentId,
    organizationId: input.organizationId,
    type: 'TENGE_PAYMENT',
    authorId: input.author.userId,
    status: 'DRAFT',
    revision: 1,
    content: input.content,
    contentHash: input.contentHash,
    signatures: [],
    deadlinePolicy: input.deadlinePolicy,
    deadline: computeDeadline(input.deadlinePolicy, input.content.valueDate, input.at),
    bank: {},
    awaiting: { kind: 'SUBMISSION', authorId: input.author.userId },
    timeline: [],
  };
  return record(draft, 'CREATED', 'DRAFT', input.at, input.author);
}

/**
 * Editing replaces the content; signatures of the old content are discarded and approval restarts.
 * An edit names the revision it was made over (`revision`): over any other, it would undo a change
 * its author never saw. Edits recorded before this check name none.
 */
export function editDocument(
  state: DocumentState,
  edit: { actor: Actor; content: TengePaymentOrder; contentHash: string; at: string; revision?: number },
): DocumentState {
  requireOpen(state, 'edited');
  if (edit.revision !== undefined && edit.revision !== state.revision) {
    throw new DocumentRejection(
      Code.CHANGED,
      `The document was saved again (revision ${state.revision}) after you opened revision ${edit.revision}: open it anew.`,
      'revision',
    );
  }
  const status: DocumentStatus = state.status === 'DRAFT' ? 'DRAFT' : 'AWAITING_SIGNATURES';
  const created = state.timeline[0]?.at ?? edit.at;
  const next: DocumentState = {
    ...state,
    status,
    revision: state.revision + 1,
    content: edit.content,
    contentHash: edit.contentHash,
    signatures: [],
    deadline: computeDeadline(state.deadlinePolicy, edit.content.valueDate, created),
  };
  return record(next, 'EDITED', status, edit.at, edit.actor, {
    revision: next.revision,
    discardedSignatures: state.signatures.length,
  });
}

export function submitDocument(state: DocumentState, submit: { actor: Actor; at: string }): DocumentState {
  requireStatus(state, new Set(['DRAFT']), 'submitted for signature');
  return record(
    { ...state, status: 'AWAITING_SIGNATURES' },
    'SUBMITTED',
    'AWAITING_SIGNATURES',
    submit.at,
    submit.actor,
  );
}

/** Adds a verified signature in the slot the multi-signature rule gives it. */
export function signDocument(state: DocumentState, signature: VerifiedSignature): DocumentState {
  const { signatures, slot } = addSignature(state, signature, sendingRuleOfPayment(state.content));
  const status: DocumentStatus = isComplete(signatures) ? 'SIGNED' : 'AWAITING_SIGNATURES';
  return record({ ...state, signatures, status }, 'SIGNED', status, signature.at, signature.actor, {
    slot,
    method: signature.method,
  });
}

/**
 * Whether the document may leave for the bank now: complete, with an EDS from the Standard channel
 * (or, for a transfer by template, complete by any signatures: see sendingRuleOfPayment).
 */
export function readyToDispatch(state: DocumentState): boolean {
  return state.status === 'SIGNED' && !needsDispatchEds(state, sendingRuleOfPayment(state.content));
}

export function rejectDocument(
  state: DocumentState,
  rejection: { actor: Actor; reason: string; at: string },
): DocumentState {
  requireOpen(state, 'rejected');
  if (state.status === 'DRAFT')
    throw new DocumentRejection(Code.WRONG_STATUS, 'A draft is withdrawn, not rejected.');
  const reason = rejection.reason.trim();
  if (!reason)
    throw new DocumentRejection(Code.REASON_REQUIRED, 'Say why the document is rejected.', 'reason');
  const next: DocumentState = {
    ...state,
    status: 'REJECTED',
    rejection: { userId: rejection.actor.userId, name: rejection.actor.name, reason, at: rejection.at },
  };
  return record(next, 'REJECTED', 'REJECTED', rejection.at, rejection.actor, { reason });
}

export function withdrawDocument(
  state: DocumentState,
  withdrawal: { actor: Actor; at: string },
): DocumentState {
  requireOpen(state, 'withdrawn');
  if (withdrawal.actor.userId !== state.authorId) {
    throw new DocumentRejection(Code.NOT_AUTHOR, 'Only the author can withdraw the document.');
  }
  return record({ ...state, status: 'WITHDRAWN' }, 'WITHDRAWN', 'WITHDRAWN', withdrawal.at, withdrawal.actor);
}

/**
 * The bank's operations staff stop a payment that has not left for the bank (a second operator
 * checked it); one complete and on its way can only go forward, as the bank may have it already.
 */
export function cancelDocument(
  state: DocumentState,
  cancellation: { operator: { staffId: string; name: string }; reason: string; at: string },
): DocumentState {
  requireOpen(state, 'cancelled');
  const { operator, reason, at } = cancellation;
  return record({ ...state, status: 'CANCELLED' }, 'CANCELLED', 'CANCELLED', at, undefined, {
    operator: operator.name,
    staffId: operator.staffId,
    reason,
  });
}

export function expireDocument(state: DocumentState, at: string): DocumentState {
  requireOpen(state, 'expired');
  return record({ ...state, status: 'EXPIRED' }, 'EXPIRED', 'EXPIRED', at, undefined, {
    deadline: state.deadline,
  });
}

export function markSentToBank(state: DocumentState, at: string): DocumentState {
  requireStatus(state, new Set(['SIGNED']), 'sent to the bank');
  return record({ ...state, status: 'SENT_TO_BANK' }, 'SENT_TO_BANK', 'SENT_TO_BANK', at);
}

/**
 * A signature applied and, when it completes the document for the bank, the document on its way at
 * the same moment: one transition to record, and the signer's answer already says where it went.
 */
export function applySignature(state: DocumentState, signature: VerifiedSignature): DocumentState {
  const signed = signDocument(state, signature);
  return readyToDispatch(signed) ? markSentToBank(signed, signature.at) : signed;
}

/** What the bank reports about a payment it received. */
export interface BankReport {
  status: 'ACCEPTED' | 'EXECUTED' | 'REJECTED';
  reference?: string;
  reason?: string;
  at: string;
}

/**
 * Applies a bank report. Reports may repeat or arrive out of order (an EXECUTED before its
 * ACCEPTED): a repeat changes nothing, and EXECUTED implies ACCEPTED. The timeline keeps the
 * workflow's order in its times too: a report stamped by the bank's clock before the document's last
 * transition (clocks differ) is recorded at that transition's time, its own time kept in `details`.
 */
export function applyBankReport(state: DocumentState, report: BankReport): DocumentState {
  if (!['SENT_TO_BANK', 'ACCEPTED'].includes(state.status)) return state;
  const { at, clock } = recordedTime(report.at, state);
  const bank: DocumentState['bank'] = { ...state.bank };
  if (report.reference) bank.reference = report.reference;
  if (report.status === 'REJECTED') {
    const reason = report.reason ?? 'REJECTED';
    return record(
      { ...state, bank: { ...bank, reason }, status: 'REJECTED_BY_BANK' },
      'REJECTED_BY_BANK',
      'REJECTED_BY_BANK',
      at,
      undefined,
      { reason, ...clock },
    );
  }
  let next: DocumentState = { ...state, bank };
  if (next.status === 'SENT_TO_BANK') {
    next = record({ ...next, status: 'ACCEPTED' }, 'ACCEPTED', 'ACCEPTED', at, undefined, {
      reference: bank.reference ?? null,
      ...clock,
    });
  }
  if (report.status === 'EXECUTED') {
    next = record(
      { ...next, status: 'EXECUTED' },
      'EXECUTED',
      'EXECUTED',
      at,
      undefined,
      clock.bankAt ? clock : undefined,
    );
  }
  return next;
}

/** The report's time, unless the bank's clock puts it before the document's last transition. */
function recordedTime(reportedAt: string, state: DocumentState): { at: string; clock: { bankAt?: string } } {
  const last = state.timeline.at(-1)?.at;
  if (!last || Date.parse(reportedAt) >= Date.parse(last)) return { at: reportedAt, clock: {} };
  return { at: last, clock: { bankAt: reportedAt } };
}

/** What the document waits for next; part of every state so lists can say "awaiting SECOND signer". */
export function awaitingOf(state: DocumentState): Awaiting {
  switch (state.status) {
    case 'DRAFT':
      return { kind: 'SUBMISSION', authorId: state.authorId };
    case 'AWAITING_SIGNATURES':
    case 'SIGNED':
      return awaitedSignature(state, sendingRuleOfPayment(state.content));
    case 'SENT_TO_BANK':
    case 'ACCEPTED':
      return { kind: 'BANK' };
    default:
      return { kind: 'NOTHING' };
  }
}

/**
 * Open: still in the organization's hands (draft, awaiting signatures, or approved by OTP and awaiting
 * the dispatch EDS). A complete document with an EDS is on its way to the bank and is closed.
 */
export function isOpen(state: DocumentState): boolean {
  return (
    state.status === 'DRAFT' ||
    state.status === 'AWAITING_SIGNATURES' ||
    (state.status === 'SIGNED' && needsDispatchEds(state, sendingRuleOfPayment(state.content)))
  );
}

function requireOpen(state: DocumentState, action: string): void {
  if (!isOpen(state)) {
    throw new DocumentRejection(Code.WRONG_STATUS, `A ${state.status} document cannot be ${action}.`);
  }
}

function requireStatus(state: DocumentState, allowed: ReadonlySet<DocumentStatus>, action: string): void {
  if (!allowed.has(state.status)) {
    throw new DocumentRejection(Code.WRONG_STATUS, `A ${state.status} document cannot be ${action}.`);
  }
}

function record(
  state: DocumentState,
  event: TimelineEvent,
  status: DocumentStatus,
  at: string,
  actor?: Actor,
  details?: TimelineEntry['details'],
): DocumentState {
  const entry: TimelineEntry = { seq: state.timeline.length + 1, event, status, at };
  if (actor) entry.actor = actor;
  if (details) entry.details = details;
  const next = { ...state, timeline: [...state.timeline, entry] };
  return { ...next, awaiting: awaitingOf(next) };
}
