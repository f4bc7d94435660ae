import type { TengePaymentOrder } from '../payment/tenge-payment-order.js';
import type {
  Channel,
  SignatureMethod,
  SignatureRight,
  SignatureSlot,
} from '../signatures/signature-right.js';
import type { DocumentStatus, DocumentType } from './document-status.js';

/** Who did something, through which channel. Names are kept so the timeline reads without joins. */
export interface Actor {
  userId: string;
  name: string;
  channel: Channel;
}

export interface SignatureRecord {
  slot: SignatureSlot;
  signerId: string;
  signerName: string;
  /** The signer's right when signing (read from the user's record at that moment). */
  right: SignatureRight;
  channel: Channel;
  method: SignatureMethod;
  /** What was signed: the content hash of this revision. */
  contentHash: string;
  revision: number;
  signedAt: string;
  /** Where the CMS and its verification report, or the OTP challenge, are kept as evidence. */
  evidenceId: string;
}

/** When a document not completely signed by then expires. */
export type DeadlinePolicy = { kind: 'END_OF_VALUE_DATE' } | { kind: 'HOURS_AFTER_CREATION'; hours: number };

/** What the document waits for next, and from whom; the API turns rights into people. */
export type Awaiting =
  | { kind: 'SUBMISSION'; authorId: string }
  | { kind: 'SIGNATURE'; rights: SignatureRight[]; excludedUserIds: string[] }
  | { kind: 'DISPATCH_EDS'; rights: SignatureRight[] }
  | { kind: 'BANK' }
  | { kind: 'NOTHING' };

export const TIMELINE_EVENTS = [
  'CREATED',
  'EDITED',
  'SUBMITTED',
  'SIGNED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'SENT_TO_BANK',
  'ACCEPTED',
  'EXECUTED',
  'REJECTED_BY_BANK',
  'CANCELLED',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export interface TimelineEntry {
  /** 1, 2, 3… : the projection to PostgreSQL is idempotent and ordered on it. */
  seq: number;
  event: TimelineEvent;
  /** The status after the event. */
  status: DocumentStatus;
  at: string;
  actor?: Actor;
  details?: Record<string, string | number | boolean | null>;
}

export interface BankProgress {
  reference?: string;
  reason?: string;
}

export interface DocumentState {
  documentId: string;
  organizationId: string;
  type: DocumentType;
  authorId: string;
  status: DocumentStatus;
  /** Starts at 1; every edit makes a new revision with a new content hash. */
  revision: number;
  content: TengePaymentOrder;
  contentHash: string;
  /** The signatures of the current revision (an edit discards them). */
  signatures: SignatureRecord[];
  deadlinePolicy: DeadlinePolicy;
  /** ISO instant after which an incompletely signed document expires. */
  deadline: string;
  rejection?: { userId: string; name: string; reason: string; at: string };
  bank: BankProgress;
  awaiting: Awaiting;
  timeline: TimelineEntry[];
}
