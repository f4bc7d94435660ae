import type { AwaitedParty, ProcessType } from '@qoltanba/workflows/domain';

/** What a process projects of itself to the shared read model at each transition. */
export interface ProcessSnapshot {
  id: string;
  workflowId: string;
  type: ProcessType;
  organizationId: string | null;
  status: string;
  title: string;
  /** The process's own kind within its type (TENGE_PAYMENT, CURRENCY_PURCHASE…), for filters. */
  kind?: string;
  /** The organization's account the process concerns, for filters. */
  accountIban?: string;
  /** Integer minor units (tiyn for tenge), with its currency; both absent when there is no amount. */
  amount?: { minor: number; currency: string };
  awaiting: AwaitedParty;
  awaitingDetail?: unknown;
  /**
   * The workflow's time in the task that wrote this transition. The read model keeps the write of
   * the latest task, whatever its seq: a task can write and then be lost (its update never accepted),
   * and the transition that replaces it may carry the same or a lower seq.
   */
  writtenAt: string;
}

/** A person who moved a process, with the channel they used. */
export interface ProcessActor {
  userId: string;
  name: string;
  channel: string;
}

/** One timeline entry as every process writes it. */
export interface ProcessTimelineEntry {
  seq: number;
  event: string;
  status: string;
  at: string;
  actor?: ProcessActor;
  details?: Record<string, string | number | boolean | null>;
}

/**
 * A process type's own row (`document`, `application`…), keyed by `id` and written in the same
 * statement as the process row. With columns to update it is updated when the process row is;
 * without, it is written once and never changed.
 */
export interface ProcessDetailRow {
  table: 'document' | 'application' | 'change_request' | 'token_registration' | 'token_reissue';
  /** Column → value for the first insert; jsonb columns take objects. */
  values: Readonly<Record<string, unknown>>;
  /** The columns a later transition overwrites (the rest are fixed at creation). */
  updated: readonly string[];
}
