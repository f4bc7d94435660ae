import type { Actor, Awaiting, SignatureRecord } from '../documents/document-state.js';
import type { ApplicationContent, AttachmentRef, Money } from './application-content.js';
import type { ApplicationFamily, ApplicationKind, ApplicationStatus } from './application-kind.js';

export const APPLICATION_EVENTS = [
  'CREATED',
  'EDITED',
  'SUBMITTED',
  'SIGNED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'SENT_TO_BANK',
  'ACCEPTED',
  'IN_PROGRESS',
  'DONE',
  'REFUSED_BY_BANK',
  'CANCELLED',
  /** On the original: a cancellation of it was sent to the bank, refused, or dropped before sending. */
  'CANCELLATION_REQUESTED',
  'CANCELLATION_REFUSED',
  'CANCELLATION_DROPPED',
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

export interface ApplicationTimelineEntry {
  seq: number;
  event: ApplicationEvent;
  /** The status after the event. */
  status: ApplicationStatus;
  at: string;
  actor?: Actor;
  details?: Record<string, string | number | boolean | null>;
}

/** What the bank answered when it executed an application. */
export interface ApplicationResult {
  /** A file the bank answered with (the certificate as a PDF), stored by the platform. */
  file?: AttachmentRef;
  /** Currency operations: the executed rate (decimal text) and both amounts. */
  executedRate?: string;
  debited?: Money;
  credited?: Money;
  /** Tender guarantee: the guarantee's number. */
  guaranteeNumber?: string;
  /** A short answer from the bank's staff (a letter's reply). */
  note?: string;
}

export interface ApplicationBankProgress {
  reference?: string;
  /** A stable refusal code; the web app says it in the client's language. */
  reason?: string;
  result?: ApplicationResult;
}

/** On an application the bank holds: the cancellation asked for it, and where that stands. */
export interface CancellationLink {
  applicationId: string;
  /** RESERVED: created, not yet sent; SENT: at the bank; REFUSED: the bank said no. */
  status: 'RESERVED' | 'SENT' | 'REFUSED';
}

export interface ApplicationState {
  applicationId: string;
  organizationId: string;
  kind: ApplicationKind;
  family: ApplicationFamily;
  /** Numbered by the platform per organization and year, e.g. `2026-000017`. */
  number: string;
  authorId: string;
  status: ApplicationStatus;
  revision: number;
  content: ApplicationContent;
  contentHash: string;
  signatures: SignatureRecord[];
  /** ISO instant after which an incompletely signed application expires. */
  deadline: string;
  rejection?: { userId: string; name: string; reason: string; at: string };
  bank: ApplicationBankProgress;
  cancellation?: CancellationLink;
  awaiting: Awaiting;
  timeline: ApplicationTimelineEntry[];
}
