import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { testWorkflowCode } from '@qoltanba/testing/temporal';

const history = (name: string) => new URL(`../../test/histories/${name}.binpb`, import.meta.url);

const replay = async (file: URL) =>
  Worker.runReplayHistory(testWorkflowCode(), temporal.api.history.v1.History.decode(await readFile(file)));

/**
 * A fee run cancelled from Temporal while its first charge waited for the bank, by the workflow code
 * as it was before such a run ended CANCELLED in the read model: it ended as a bare cancelled
 * workflow, and must replay so (the change is behind `patched`).
 */
it('replays a fee run cancelled from Temporal by the workflow code before such runs ended CANCELLED', async () => {
  await expect(replay(history('fee-run-cancelled-from-temporal-before-projected'))).resolves.toBeUndefined();
});

/**
 * Runs as today's code makes them (`perRun: 1` over two organizations): the first writes its start,
 * charges one and continues as new; the last, continued, finds nothing more due and writes only its
 * end. A change that running fee runs would not replay (one not behind `patched`) fails here.
 */
it('replays a fee run that charged and continued as new, and a continued one that ended DONE', async () => {
  await expect(replay(history('fee-run-charged-and-continued-as-new'))).resolves.toBeUndefined();
  await expect(replay(history('fee-run-continued-and-done'))).resolves.toBeUndefined();
});

/**
 * A run whose end (DONE) was being written when a cancellation came: by the code from before the
 * process kit wrote such a cut transition again (the run's own cancellation handling wrote it), and
 * by today's.
 */
it("replays a fee run whose end write a cancellation cut, by the code before the process kit wrote it again and by today's", async () => {
  await expect(replay(history('fee-run-end-write-cut-before-cut-writes-redone'))).resolves.toBeUndefined();
  await expect(replay(history('fee-run-end-write-cut-and-written-again'))).resolves.toBeUndefined();
});
