import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { testWorkflowCode } from '@qoltanba/testing/temporal';

const history = (name: string) => new URL(`../../test/histories/${name}.binpb`, import.meta.url);

const replay = async (file: URL) =>
  Worker.runReplayHistory(testWorkflowCode(), temporal.api.history.v1.History.decode(await readFile(file)));

/**
 * Registrations a cancellation from Temporal reached while a state was being written, by the code
 * from before the process kit wrote such a cut transition again: one completed while its COMPLETED
 * was written (its read model left at AWAITING_WRITE), one cancelled with its start (its first state
 * never written, only CANCELLED). They must replay as they ran (the change is behind `patched`).
 */
it('replays registrations whose write a cancellation cut, by the code before the process kit wrote it again', async () => {
  await expect(
    replay(history('registration-completion-write-cut-before-cut-writes-redone')),
  ).resolves.toBeUndefined();
  await expect(
    replay(history('registration-cancelled-with-its-start-before-cut-writes-redone')),
  ).resolves.toBeUndefined();
});

/**
 * The same two by today's code, which writes the cut state again (COMPLETED; the first state, before
 * CANCELLED): a change that such runs would not replay fails here.
 */
it("replays registrations whose write a cancellation cut, written again by today's code", async () => {
  await expect(
    replay(history('registration-completion-write-cut-and-written-again')),
  ).resolves.toBeUndefined();
  await expect(
    replay(history('registration-cancelled-with-its-start-and-written-again')),
  ).resolves.toBeUndefined();
});
