import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { bundlerOptions, workflowsPath } from '../bundling.js';

/**
 * A history recorded from the document workflow as it was before SENT_TO_BANK was recorded when the
 * dispatch starts (a payment signed, dispatched and executed): documents already past that point
 * when a worker is upgraded must replay on today's code (the change is behind `patched`). Kept as
 * the binary protobuf the server sends: the SDK's JSON reader needs one protobufjs copy, and npm
 * installs three here (beside grpc's older one).
 */
const BEFORE_SENT_MARKER = new URL(
  '../../test/histories/payment-dispatched-before-sent-marker.binpb',
  import.meta.url,
);

it('replays a payment dispatched by the workflow code before the SENT_TO_BANK marker', async () => {
  const history = temporal.api.history.v1.History.decode(await readFile(BEFORE_SENT_MARKER));

  await expect(Worker.runReplayHistory({ workflowsPath, bundlerOptions }, history)).resolves.toBeUndefined();
});
