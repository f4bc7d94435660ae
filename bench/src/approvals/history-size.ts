import { writeFile } from 'node:fs/promises';
import type { Client } from '@temporalio/client';
import protos from '@temporalio/proto';

const { History, HistoryEvent } = protos.temporal.api.history.v1;
const { EventType } = protos.temporal.api.enums.v1;

export interface HistorySize {
  events: number;
  bytes: number;
  /** Encoded bytes by kind of event, the largest first. */
  byKind: [string, number][];
}

/**
 * One finished workflow's history as Temporal stores and replays it: its events and encoded size.
 * What the server persists and the worker decodes grows with it, at the same count of requests.
 * Written to `saveTo` when given.
 */
export async function historySize(
  temporal: Client,
  workflowId: string,
  saveTo?: string,
): Promise<HistorySize> {
  const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
  // As the replay test and bench:replay read it: the binary protobuf the server sends.
  const encoded = History.encode(history).finish();
  if (saveTo) await writeFile(saveTo, encoded);
  const byKind = new Map<string, number>();
  for (const event of history.events ?? []) {
    const kind = (EventType[event.eventType ?? 0] ?? 'UNKNOWN').replace(/^EVENT_TYPE_/, '');
    byKind.set(kind, (byKind.get(kind) ?? 0) + HistoryEvent.encode(event).finish().length);
  }
  return {
    events: history.events?.length ?? 0,
    bytes: encoded.length,
    byKind: [...byKind].sort((a, b) => b[1] - a[1]),
  };
}
