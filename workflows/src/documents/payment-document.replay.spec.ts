import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { testWorkflowCode } from '@qoltanba/testing/temporal';

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

/**
 * A payment signed twice in the Standard channel, dispatched and executed by the workflow code as it
 * was before a signature was confirmed and recorded in one local activity (confirm, record, then the
 * SENT_TO_BANK mark of its own): those runs keep their three steps after an upgrade.
 */
const BEFORE_SIGNATURE_RECORDED_WITH_CHECK = new URL(
  '../../test/histories/payment-signed-before-signature-recorded-with-check.binpb',
  import.meta.url,
);

/**
 * A payment as today's code runs it (`npm run bench:approvals -- --save-histories DIR` records one):
 * created and submitted, signed by FIRST and SECOND in the Standard channel, dispatched with the
 * last signature and executed. A change to the workflow that running documents would not replay (one
 * not behind `patched`) fails here; once such a change is behind a patch, keep this history and add
 * one recorded from the new code. bench:replay measures the workflow thread's CPU on it.
 */
const SIGNED_AND_EXECUTED = new URL(
  '../../test/histories/payment-signed-and-executed.binpb',
  import.meta.url,
);

/**
 * A payment signed once and then cancelled from Temporal's console by the workflow code as it was
 * before processes refused such a cancellation: it ended as a cancelled workflow, and must replay so
 * (a query on it replays it) on today's code, which goes on past the same point for newer runs.
 */
const CANCELLED_BEFORE_REFUSAL = new URL(
  '../../test/histories/payment-cancelled-from-temporal-before-refusal.binpb',
  import.meta.url,
);

/**
 * A payment submitted, signed FIRST, edited, signed FIRST and SECOND again and executed, by the
 * workflow code as it was before an edit named the revision it was made over: its edit update
 * carries none, and must replay without being refused.
 */
const EDITED_BEFORE_REVISION_NAMED = new URL(
  '../../test/histories/payment-edited-before-edits-named-their-revision.binpb',
  import.meta.url,
);

const replay = async (file: URL) =>
  Worker.runReplayHistory(testWorkflowCode(), temporal.api.history.v1.History.decode(await readFile(file)));

it('replays a payment dispatched by the workflow code before the SENT_TO_BANK marker', async () => {
  await expect(replay(BEFORE_SENT_MARKER)).resolves.toBeUndefined();
});

it('replays a payment signed by the workflow code before a signature was recorded with its check', async () => {
  await expect(replay(BEFORE_SIGNATURE_RECORDED_WITH_CHECK)).resolves.toBeUndefined();
});

it('replays a payment cancelled from Temporal by the workflow code before such cancellations were refused', async () => {
  await expect(replay(CANCELLED_BEFORE_REFUSAL)).resolves.toBeUndefined();
});

it('replays a payment edited by the workflow code before an edit named the revision it was made over', async () => {
  await expect(replay(EDITED_BEFORE_REVISION_NAMED)).resolves.toBeUndefined();
});

it('replays a payment signed twice and executed by the current workflow code', async () => {
  await expect(replay(SIGNED_AND_EXECUTED)).resolves.toBeUndefined();
});
