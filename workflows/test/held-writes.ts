import { setTimeout as delay } from 'node:timers/promises';
import { Context } from '@temporalio/activity';
import { gate } from './gate.js';
import { waitFor } from './wait-for.js';

/**
 * Start options under which a local activity that runs past 1.6 s makes the worker heartbeat its
 * workflow task (at 80 % of the task's timeout): a cancellation sent meanwhile then reaches the
 * workflow while that activity still runs. Under the default 10 s it would take 8 s.
 */
export const HEARTBEATING_TASKS = { workflowTaskTimeout: '2 seconds' } as const;

/** Waits until the workflow has met a cancellation sent while a held write runs (HEARTBEATING_TASKS). */
export const pastTaskHeartbeat = () => delay(2_500);

/**
 * A read model for fake activities, whose writes of one status can be held as a slow database's: a
 * held write that the workflow cancels meanwhile is not made, as a write stopped before its commit.
 */
export function fakeReadModel<S extends { status: string }>() {
  const written: S[] = [];
  const begun: S[] = [];
  const writes = gate();
  let heldStatus: string | undefined;
  return {
    /** The states written, in order. */
    written,
    /** The states whose write has begun, in order. */
    begun,
    async write(state: S): Promise<void> {
      begun.push(state);
      if (state.status === heldStatus) await Promise.race([writes.passed(), Context.current().cancelled]);
      written.push(state);
    },
    /** Holds the writes of states of `status` until the function it returns is called. */
    hold(status: S['status']): () => void {
      heldStatus = status;
      return writes.hold();
    },
  };
}

export type FakeReadModel<S extends { status: string }> = ReturnType<typeof fakeReadModel<S>>;

/**
 * Sends `update` while the read model holds the writes of `status`; once one of `ours` has begun,
 * cancels the workflow from outside, waits past the task's heartbeat and lets the write go. Answers
 * the update's outcome: its answer, or the error it failed with.
 */
export async function cancelledWhileWriting<S extends { status: string }>(
  readModel: FakeReadModel<S>,
  status: S['status'],
  ours: (state: S) => boolean,
  workflow: { cancel(): Promise<unknown> },
  update: () => Promise<unknown>,
): Promise<unknown> {
  const release = readModel.hold(status);
  try {
    const answered = update().then(
      (answer) => answer,
      (error: unknown) => error,
    );
    await waitFor(() => readModel.begun.some((state) => ours(state) && state.status === status));
    await workflow.cancel();
    await pastTaskHeartbeat();
    release();
    return await answered;
  } finally {
    release();
  }
}
