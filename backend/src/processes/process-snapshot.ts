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
