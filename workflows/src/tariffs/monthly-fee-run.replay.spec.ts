import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { testWorkflowCode } from '@qoltanba/testing/temporal';

/**
 * A fee run cancelled from Temporal while its first charge waited for the bank, by the workflow code
 * as it was before such a run ended CANCELLED in the read model: it ended as a bare cancelled
 * workflow, and must replay so (the change is behind `patched`).
 */
const CANCELLED_BEFORE_PROJECTED = new URL(
  '../../test/histories/fee-run-cancelled-from-temporal-before-projected.binpb',
  import.meta.url,
);

it('replays a fee run cancelled from Temporal by the workflow code before such runs ended CANCELLED', async () => {
  const history = temporal.api.history.v1.History.decode(await readFile(CANCELLED_BEFORE_PROJECTED));
  await expect(Worker.runReplayHistory(testWorkflowCode(), history)).resolves.toBeUndefined();
});
