import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  startWorkflowWorker,
  testWorkflowCode,
  type RunningWorkflowWorker,
} from '@qoltanba/testing/temporal';
import { Worker } from '@temporalio/worker';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { fakeDocumentActivities } from '../../test/fake-document-activities.js';
import { waitFor } from '../../test/wait-for.js';
import { actor, paymentOrder } from '../domain/documents/document.fixtures.js';
import type { DeadlinePolicy, DocumentState } from '../domain/documents/document-state.js';
import {
  bankReportSignal,
  documentReadyUpdate,
  documentStateQuery,
  documentWorkflowId,
  editDocumentUpdate,
  rejectDocumentUpdate,
  signDocumentUpdate,
  submitDocumentUpdate,
  withdrawDocumentUpdate,
  type SignCommand,
} from './payment-document.messages.js';
import { paymentDocumentWorkflow } from './payment-document.workflow.js';

const ORG = 'org-1';
const users = {
  author: { name: 'Author', right: 'NONE' as const, organizationId: ORG },
  ainur: { name: 'Ainur', right: 'FIRST' as const, organizationId: ORG },
  bolat: { name: 'Bolat', right: 'SECOND' as const, organizationId: ORG },
  erlan: { name: 'Erlan', right: 'FIRST' as const, organizationId: ORG },
  gulnar: { name: 'Gulnar', right: 'SINGLE' as const, organizationId: ORG },
  stranger: { name: 'Stranger', right: 'SINGLE' as const, organizationId: 'org-2' },
};

describe(paymentDocumentWorkflow.name, () => {
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let worker: RunningWorkflowWorker;
  const fakes = fakeDocumentActivities(users);

  beforeAll(async () => {
    worker = await startWorkflowWorker('documents', fakes.activities);
    ({ env, taskQueue } = worker);
  });
  afterAll(() => worker.stop());

  /** A payment's workflow started (submitted with its creation when `submit`), not yet answered. */
  async function startDocument(
    options: { deadlinePolicy?: DeadlinePolicy; submit?: boolean; startDelay?: string } = {},
  ) {
    const documentId = randomUUID();
    const valueDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const handle = await env.client.workflow.start(paymentDocumentWorkflow, {
      taskQueue,
      workflowId: documentWorkflowId(documentId),
      args: [
        {
          documentId,
          organizationId: ORG,
          author: actor('author'),
          content: paymentOrder({ valueDate }),
          deadlinePolicy: options.deadlinePolicy ?? { kind: 'END_OF_VALUE_DATE' },
          ...(options.submit ? { submit: true } : {}),
        },
      ],
      ...(options.startDelay ? { startDelay: options.startDelay } : {}),
    });
    return { handle, documentId };
  }

  async function newDocument(deadlinePolicy?: DeadlinePolicy) {
    const { handle, documentId } = await startDocument({ deadlinePolicy });
    const submitted = await handle.executeUpdate(submitDocumentUpdate, {
      args: [{ actor: actor('author') }],
    });
    return { handle, state: submitted, documentId };
  }

  /** What reached the read model for one document, in order. */
  const projectedOf = (documentId: string) => fakes.projected.filter((s) => s.documentId === documentId);

  const sign = (
    handle: WorkflowHandle,
    state: DocumentState,
    signerId: string,
    channel: SignCommand['channel'] = 'STANDARD',
  ) =>
    handle.executeUpdate(signDocumentUpdate, {
      args: [{ signerId, channel, contentHash: state.contentHash, evidenceId: `evidence-${signerId}` }],
    });

  async function refusalOf(attempt: Promise<unknown>): Promise<string | undefined> {
    try {
      await attempt;
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError)
        return (error.cause as { type?: string } | undefined)?.type;
      throw error;
    }
    return undefined;
  }

  it('takes FIRST then SECOND, sends the document to the bank once, and ends EXECUTED', async () => {
    const { handle, state, documentId } = await newDocument();
    const afterFirst = await sign(handle, state, 'ainur');
    expect(afterFirst.status).toBe('AWAITING_SIGNATURES');
    await sign(handle, afterFirst, 'bolat');
    const final = await handle.result();
    expect(final.status).toBe('EXECUTED');
    expect(final.timeline.map((entry) => entry.event)).toEqual([
      'CREATED',
      'SUBMITTED',
      'SIGNED',
      'SIGNED',
      'SENT_TO_BANK',
      'ACCEPTED',
      'EXECUTED',
    ]);
    expect(fakes.dispatched.filter((id) => id === documentId)).toHaveLength(1);
    // Every transition reached the read model, in order.
    const seqs = projectedOf(documentId).map((s) => s.timeline.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.at(-1)).toBe(7);
  });

  it('answers the signature that completes the document with the document already on its way to the bank', async () => {
    const { handle, state, documentId } = await newDocument();
    const afterFirst = await sign(handle, state, 'ainur');
    const projectedBefore = projectedOf(documentId).length;
    const afterSecond = await sign(handle, afterFirst, 'bolat');

    expect(afterSecond.status).toBe('SENT_TO_BANK');
    const [signed, sent] = afterSecond.timeline.slice(-2);
    expect([signed?.event, sent?.event]).toEqual(['SIGNED', 'SENT_TO_BANK']);
    expect(sent?.at).toBe(signed?.at);
    // The signature and the hand-over reached the read model as one transition.
    const projected = projectedOf(documentId);
    expect(projected[projectedBefore]?.status).toBe('SENT_TO_BANK');
    expect((await handle.result()).status).toBe('EXECUTED');
  });

  it('refuses a SECOND before a FIRST with a typed failure and changes nothing', async () => {
    const { handle, state } = await newDocument();
    expect(await refusalOf(sign(handle, state, 'bolat'))).toBe('DOCUMENT_SECOND_BEFORE_FIRST');
    const after = await handle.query(documentStateQuery);
    expect(after.timeline).toHaveLength(state.timeline.length);
    expect(after.signatures).toEqual([]);
  });

  it('refuses a signer from another organization, as the evidence activity reports', async () => {
    const { handle, state } = await newDocument();
    expect(await refusalOf(sign(handle, state, 'stranger'))).toBe('DOCUMENT_OTHER_ORGANIZATION');
    expect((await handle.query(documentStateQuery)).signatures).toEqual([]);
  });

  it('holds an OTP-only approval in SIGNED until a Standard EDS, then dispatches', async () => {
    const { handle, state, documentId } = await newDocument();
    const approved = await sign(handle, state, 'gulnar', 'MOBILE');
    expect(approved).toMatchObject({ status: 'SIGNED', awaiting: { kind: 'DISPATCH_EDS' } });
    expect(fakes.dispatched).not.toContain(documentId);
    await sign(handle, approved, 'ainur', 'STANDARD');
    expect((await handle.result()).status).toBe('EXECUTED');
  });

  it('gives exactly one of two concurrent FIRST signers the slot', async () => {
    const { handle, state } = await newDocument();
    const outcomes = await Promise.allSettled([sign(handle, state, 'ainur'), sign(handle, state, 'erlan')]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'DOCUMENT_SLOT_TAKEN',
    });
    expect((await handle.query(documentStateQuery)).signatures).toHaveLength(1);
  });

  it('discards signatures on edit, and refuses a signature over the old content', async () => {
    const { handle, state } = await newDocument();
    await sign(handle, state, 'ainur');
    const edited = await handle.executeUpdate(editDocumentUpdate, {
      args: [{ actor: actor('author'), content: { ...state.content, amountTiyn: 5_000_00 }, revision: 1 }],
    });
    expect(edited).toMatchObject({ status: 'AWAITING_SIGNATURES', revision: 2, signatures: [] });
    expect(edited.contentHash).not.toBe(state.contentHash);
    expect(await refusalOf(sign(handle, state, 'erlan'))).toBe('DOCUMENT_STALE_CONTENT');
  });

  it('takes one of two edits over the same revision and refuses the other, which changes nothing', async () => {
    const { handle, state } = await newDocument();
    const edit = (amountTiyn: number) =>
      handle.executeUpdate(editDocumentUpdate, {
        args: [{ actor: actor('author'), content: { ...state.content, amountTiyn }, revision: 1 }],
      });
    // Both pass the validator (each sees revision 1); the handler refuses the later, in turn.
    const outcomes = await Promise.allSettled([edit(1_000_00), edit(2_000_00)]);
    const taken = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(taken).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'DOCUMENT_CHANGED' });
    const now = await handle.query(documentStateQuery);
    expect(now.revision).toBe(2);
    expect(now.content.amountTiyn).toBe(taken[0]!.value.content.amountTiyn);
    expect(now.timeline.filter((entry) => entry.event === 'EDITED')).toHaveLength(1);
    expect(await refusalOf(edit(3_000_00))).toBe('DOCUMENT_CHANGED');
  });

  it('expires a document not signed by its deadline', async () => {
    const { handle } = await newDocument({ kind: 'HOURS_AFTER_CREATION', hours: 2 / 3600 });
    const final = await handle.result();
    expect(final.status).toBe('EXPIRED');
    expect(final.timeline.at(-1)?.event).toBe('EXPIRED');
  });

  it('sends a document whose last signature was being recorded when its deadline passed, not expire it', async () => {
    const { handle, state } = await newDocument({ kind: 'HOURS_AFTER_CREATION', hours: 2 / 3600 });
    const release = fakes.holdSignatures();
    let signed: Promise<DocumentState>;
    try {
      signed = sign(handle, state, 'gulnar');
      // A local activity running longer than 8 s (80 % of the task timeout) lets the deadline's timer
      // through while the signature holds the lock; it is given 10 s.
      await new Promise((resolve) => setTimeout(resolve, 9_000));
    } finally {
      release();
    }
    expect((await signed).status).toBe('SENT_TO_BANK');
    expect((await handle.result()).status).toBe('EXECUTED');
  }, 30_000);

  it('shows the document on its way to the bank from the moment the dispatch starts, its times in order', async () => {
    const { handle, state, documentId } = await newDocument();
    const release = fakes.holdBankCalls();
    try {
      await sign(handle, state, 'gulnar');
      await waitFor(() => Promise.resolve(fakes.dispatched.includes(documentId)));
      expect((await handle.query(documentStateQuery)).status).toBe('SENT_TO_BANK');
      expect(projectedOf(documentId).at(-1)?.status).toBe('SENT_TO_BANK');
    } finally {
      release();
    }
    const final = await handle.result();
    expect(final.timeline.map((entry) => entry.event).slice(-3)).toEqual([
      'SENT_TO_BANK',
      'ACCEPTED',
      'EXECUTED',
    ]);
    const times = final.timeline.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('goes on when cancelled from Temporal before its first step: signed and executed, each state in the read model', async () => {
    // The delay lets the cancellation reach the payment's first step with its start.
    const { handle, documentId } = await startDocument({ submit: true, startDelay: '1 second' });
    await handle.cancel();
    const created = await handle.executeUpdate(documentReadyUpdate);
    expect(created.status).toBe('AWAITING_SIGNATURES');
    expect(
      projectedOf(documentId)
        .at(0)
        ?.timeline.map((entry) => entry.event),
    ).toEqual(['CREATED', 'SUBMITTED']);

    // Stopped only by its own rules: the signers still sign it and the bank executes it.
    await sign(handle, await sign(handle, created, 'ainur'), 'bolat');
    const final = await handle.result();
    expect(final.status).toBe('EXECUTED');
    expect(projectedOf(documentId).at(-1)?.status).toBe('EXECUTED');
  });

  it('keeps a payment cancelled from Temporal during its dispatch on its way, each step once on its timeline', async () => {
    const { handle, state, documentId } = await newDocument();
    const release = fakes.holdBankCalls();
    try {
      await sign(handle, state, 'gulnar');
      await waitFor(() => Promise.resolve(fakes.dispatched.includes(documentId)));
      await handle.cancel();
      // The cancelled call is made again (the document id is the bank's idempotency key).
      await waitFor(() => Promise.resolve(fakes.dispatched.filter((id) => id === documentId).length >= 2));
    } finally {
      release();
    }
    const final = await handle.result();
    // The refusal is in the history, which today's code replays.
    const history = await handle.fetchHistory();
    const markers = history.events!.flatMap((event) =>
      Object.values(event.markerRecordedEventAttributes?.details ?? {}).flatMap((payloads) =>
        (payloads.payloads ?? []).map((payload) => Buffer.from(payload.data ?? []).toString()),
      ),
    );
    expect(markers.join('\n')).toContain('cancellation-from-temporal-refused');
    await expect(Worker.runReplayHistory(testWorkflowCode(), history)).resolves.toBeUndefined();
    expect(final.status).toBe('EXECUTED');
    expect(final.timeline.map((entry) => entry.event)).toEqual([
      'CREATED',
      'SUBMITTED',
      'SIGNED',
      'SENT_TO_BANK',
      'ACCEPTED',
      'EXECUTED',
    ]);
    expect(projectedOf(documentId).at(-1)?.status).toBe('EXECUTED');
  });

  it('waits for the bank to report the execution of a payment it only accepted', async () => {
    const { handle, state } = await newDocument();
    fakes.answerBankWith({ reference: 'SIM-2', status: 'ACCEPTED' });
    try {
      await sign(handle, state, 'gulnar');
      await waitFor(async () => (await handle.query(documentStateQuery)).status === 'ACCEPTED');
      await handle.signal(bankReportSignal, {
        status: 'EXECUTED',
        reference: 'SIM-2',
        at: new Date().toISOString(),
      });
      expect(await handle.result()).toMatchObject({ status: 'EXECUTED', bank: { reference: 'SIM-2' } });
    } finally {
      fakes.answerBankWith({ reference: 'SIM-1', status: 'EXECUTED' });
    }
  });

  it('records a rejection with its reason and lets only the author withdraw', async () => {
    const rejected = await newDocument();
    const outcome = await rejected.handle.executeUpdate(rejectDocumentUpdate, {
      args: [{ actor: actor('bolat'), reason: 'Wrong beneficiary' }],
    });
    expect(outcome).toMatchObject({ status: 'REJECTED', rejection: { reason: 'Wrong beneficiary' } });
    // The workflow itself asks whether the rejecter may: a user without a signature right may not,
    // even when the update reaches it by another path than the API.
    const kept = await newDocument();
    const byAuthor = kept.handle.executeUpdate(rejectDocumentUpdate, {
      args: [{ actor: actor('author'), reason: 'Not mine to sign' }],
    });
    expect(await refusalOf(byAuthor)).toBe('DOCUMENT_NO_SIGNING_RIGHT');
    expect((await kept.handle.query(documentStateQuery)).status).toBe('AWAITING_SIGNATURES');
    const withdrawn = await newDocument();
    expect(
      await refusalOf(
        withdrawn.handle.executeUpdate(withdrawDocumentUpdate, { args: [{ actor: actor('ainur') }] }),
      ),
    ).toBe('DOCUMENT_NOT_AUTHOR');
    const done = await withdrawn.handle.executeUpdate(withdrawDocumentUpdate, {
      args: [{ actor: actor('author') }],
    });
    expect(done.status).toBe('WITHDRAWN');
  });
});
