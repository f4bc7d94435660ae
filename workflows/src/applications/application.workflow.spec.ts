import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { fakeApplicationActivities } from '../../test/fake-application-activities.js';
import type { ApplicationContent } from '../domain/applications/application-content.js';
import {
  CURRENCY_APPLICATION_KINDS,
  SERVICE_APPLICATION_KINDS,
  type FormApplicationKind,
} from '../domain/applications/application-kind.js';
import type { ApplicationState } from '../domain/applications/application-state.js';
import { contentOf } from '../domain/applications/application.fixtures.js';
import { actor } from '../domain/documents/document.fixtures.js';
import type { Channel } from '../domain/signatures/signature-right.js';
import {
  applicationBankReportSignal,
  applicationStateQuery,
  applicationWorkflowId,
  editApplicationUpdate,
  reserveCancellationUpdate,
  signApplicationUpdate,
  withdrawApplicationUpdate,
} from './application.messages.js';
import { applicationWorkflow } from './application.workflow.js';

const ORG = 'org-1';
const users = {
  author: { name: 'Author', right: 'NONE' as const, organizationId: ORG },
  ainur: { name: 'Ainur', right: 'FIRST' as const, organizationId: ORG },
  bolat: { name: 'Bolat', right: 'SECOND' as const, organizationId: ORG },
  gulnar: { name: 'Gulnar', right: 'SINGLE' as const, organizationId: ORG },
  none: { name: 'Nobody', right: 'NONE' as const, organizationId: ORG },
};

const today = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

describe(applicationWorkflow.name, () => {
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let worker: RunningWorkflowWorker;
  const fakes = fakeApplicationActivities(users);

  beforeAll(async () => {
    worker = await startWorkflowWorker('applications', fakes.activities);
    ({ env, taskQueue } = worker);
  });
  afterAll(() => worker.stop());

  async function newApplication(
    content: ApplicationContent = contentOf('CASH_WITHDRAWAL', today()),
    applicationId: string = randomUUID(),
  ) {
    const handle = await env.client.workflow.start(applicationWorkflow, {
      taskQueue,
      workflowId: applicationWorkflowId(applicationId),
      args: [
        {
          applicationId,
          organizationId: ORG,
          author: actor('author'),
          number: '2026-000001',
          content,
          submit: true,
        },
      ],
    });
    const state = await handle.query(applicationStateQuery);
    return { handle, state, applicationId };
  }

  const sign = (handle: WorkflowHandle, state: ApplicationState, signerId: string, channel: Channel) =>
    handle.executeUpdate(signApplicationUpdate, {
      args: [{ signerId, channel, contentHash: state.contentHash, evidenceId: `evidence-${signerId}` }],
    });

  const report = (
    handle: WorkflowHandle,
    status: 'IN_PROGRESS' | 'DONE' | 'REFUSED' | 'CANCELLED',
    extra = {},
  ) => handle.signal(applicationBankReportSignal, { status, at: new Date().toISOString(), ...extra });

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

  it.each(SERVICE_APPLICATION_KINDS.map((kind) => [kind]))(
    'sends a %s approved by one OTP from Mobile, and ends DONE with the bank’s answer',
    async (kind: FormApplicationKind) => {
      const { handle, state, applicationId } = await newApplication(contentOf(kind, today()));
      expect(state).toMatchObject({ family: 'SERVICE', status: 'AWAITING_SIGNATURES' });
      const signed = await sign(handle, state, 'gulnar', 'MOBILE');
      expect(signed.status).not.toBe('AWAITING_SIGNATURES');
      await waitFor(async () => (await handle.query(applicationStateQuery)).status === 'ACCEPTED');
      await report(handle, 'IN_PROGRESS');
      await report(handle, 'DONE', { result: { note: 'ok' } });
      const final = await handle.result();
      expect(final).toMatchObject({ status: 'DONE', bank: { reference: 'APP-1', result: { note: 'ok' } } });
      expect(final.timeline.map((entry) => entry.event)).toEqual([
        'CREATED',
        'SUBMITTED',
        'SIGNED',
        'SENT_TO_BANK',
        'ACCEPTED',
        'IN_PROGRESS',
        'DONE',
      ]);
      expect(fakes.sent.filter((id) => id === applicationId)).toHaveLength(1);
    },
  );

  it.each(CURRENCY_APPLICATION_KINDS.map((kind) => [kind]))(
    'holds a %s approved FIRST and SECOND by OTP until a Standard EDS sends it',
    async (kind: FormApplicationKind) => {
      const { handle, state, applicationId } = await newApplication(contentOf(kind, today()));
      expect(state.family).toBe('CURRENCY');
      const first = await sign(handle, state, 'ainur', 'LIGHT');
      const second = await sign(handle, first, 'bolat', 'MOBILE');
      expect(second).toMatchObject({ status: 'SIGNED', awaiting: { kind: 'DISPATCH_EDS' } });
      expect(await refusalOf(sign(handle, second, 'gulnar', 'MOBILE'))).toBe(
        'DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS',
      );
      expect(fakes.sent).not.toContain(applicationId);
      const dispatched = await sign(handle, second, 'gulnar', 'STANDARD');
      expect(dispatched.signatures.map((s) => s.slot)).toEqual(['FIRST', 'SECOND', 'DISPATCH']);
      await waitFor(async () => (await handle.query(applicationStateQuery)).status === 'ACCEPTED');
      await report(handle, 'DONE', {
        result: {
          executedRate: '472.00',
          debited: { minor: 472_000_00, currency: 'KZT' },
          credited: { minor: 1_000_00, currency: 'USD' },
        },
      });
      expect(await handle.result()).toMatchObject({
        status: 'DONE',
        bank: { result: { executedRate: '472.00' } },
      });
    },
  );

  it('goes on when cancelled from Temporal: signed, waited for in the bank, and DONE', async () => {
    const { handle, state, applicationId } = await newApplication();
    await handle.cancel();
    // Stopped only by its own rules: the signer still approves it, the bank's progress still reaches it.
    await sign(handle, state, 'gulnar', 'MOBILE');
    await waitFor(async () => (await handle.query(applicationStateQuery)).status === 'ACCEPTED');
    await report(handle, 'DONE', { result: { note: 'ok' } });
    expect(await handle.result()).toMatchObject({ status: 'DONE' });
    expect(fakes.sent.filter((id) => id === applicationId)).toHaveLength(1);
  });

  it('refuses a signature from a user without a signing right and a SECOND before a FIRST', async () => {
    const { handle, state } = await newApplication();
    expect(await refusalOf(sign(handle, state, 'none', 'LIGHT'))).toBe('DOCUMENT_NO_SIGNING_RIGHT');
    expect(await refusalOf(sign(handle, state, 'bolat', 'LIGHT'))).toBe('DOCUMENT_SECOND_BEFORE_FIRST');
    expect((await handle.query(applicationStateQuery)).signatures).toEqual([]);
  });

  it('ends REFUSED_BY_BANK with the bank’s reason when the bank refuses at once or later', async () => {
    fakes.answerBankWith({ reference: 'APP-2', status: 'REFUSED', reason: 'ACCOUNT_BLOCKED' });
    try {
      const atOnce = await newApplication();
      await sign(atOnce.handle, atOnce.state, 'gulnar', 'STANDARD');
      expect(await atOnce.handle.result()).toMatchObject({
        status: 'REFUSED_BY_BANK',
        bank: { reason: 'ACCOUNT_BLOCKED' },
      });
    } finally {
      fakes.answerBankWith({ reference: 'APP-1', status: 'ACCEPTED' });
    }
    const later = await newApplication();
    await sign(later.handle, later.state, 'gulnar', 'STANDARD');
    await waitFor(async () => (await later.handle.query(applicationStateQuery)).status === 'ACCEPTED');
    await report(later.handle, 'REFUSED', { reason: 'INSUFFICIENT_FUNDS' });
    expect(await later.handle.result()).toMatchObject({
      status: 'REFUSED_BY_BANK',
      bank: { reason: 'INSUFFICIENT_FUNDS' },
    });
  });

  it('discards signatures on edit and refuses an edit that changes the kind', async () => {
    const { handle, state } = await newApplication(contentOf('CURRENCY_PURCHASE', today()));
    await sign(handle, state, 'ainur', 'STANDARD');
    const edited = await handle.executeUpdate(editApplicationUpdate, {
      args: [
        {
          actor: actor('author'),
          content: { ...contentOf('CURRENCY_PURCHASE', today()), purpose: 'Other' },
          revision: 1,
        },
      ],
    });
    expect(edited).toMatchObject({ status: 'AWAITING_SIGNATURES', revision: 2, signatures: [] });
    expect(
      await refusalOf(
        handle.executeUpdate(editApplicationUpdate, {
          args: [{ actor: actor('author'), content: contentOf('CURRENCY_SALE', today()), revision: 2 }],
        }),
      ),
    ).toBe('APPLICATION_KIND_CHANGED');
  });

  it('refuses an edit over a revision another edit has replaced, and keeps that edit', async () => {
    const { handle } = await newApplication(contentOf('CASH_WITHDRAWAL', today()));
    const edit = (purpose: string) =>
      handle.executeUpdate(editApplicationUpdate, {
        args: [
          {
            actor: actor('author'),
            content: { ...contentOf('CASH_WITHDRAWAL', today()), purpose },
            revision: 1,
          },
        ],
      });
    expect(await edit('First')).toMatchObject({ revision: 2, content: { purpose: 'First' } });
    expect(await refusalOf(edit('Second'))).toBe('APPLICATION_CHANGED');
    expect(await handle.query(applicationStateQuery)).toMatchObject({
      revision: 2,
      content: { purpose: 'First' },
    });
  });

  it('expires an application not signed by the end of its day', async () => {
    const yesterday = new Date(Date.now() - 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 10);
    const { handle } = await newApplication(contentOf('CASH_WITHDRAWAL', yesterday));
    const final = await handle.result();
    expect(final.status).toBe('EXPIRED');
    expect(final.timeline.at(-1)?.event).toBe('EXPIRED');
  });

  async function sentApplication() {
    const original = await newApplication(contentOf('TENDER_GUARANTEE', today()));
    await sign(original.handle, original.state, 'gulnar', 'STANDARD');
    await waitFor(async () => (await original.handle.query(applicationStateQuery)).status === 'ACCEPTED');
    const cancellationId = randomUUID();
    await original.handle.executeUpdate(reserveCancellationUpdate, { args: [{ cancellationId }] });
    const cancellation = await newApplication(
      {
        kind: 'CANCELLATION',
        applicationId: original.applicationId,
        cancelledKind: 'TENDER_GUARANTEE',
        cancelledNumber: '2026-000001',
        reason: 'Tender cancelled',
      },
      cancellationId,
    );
    return { original, cancellation, cancellationId };
  }

  it('tracks an accepted cancellation on the original, which the bank then cancels', async () => {
    const { original, cancellation } = await sentApplication();
    expect(
      await refusalOf(
        original.handle.executeUpdate(reserveCancellationUpdate, {
          args: [{ cancellationId: randomUUID() }],
        }),
      ),
    ).toBe('APPLICATION_CANCELLATION_PENDING');
    await sign(cancellation.handle, cancellation.state, 'gulnar', 'MOBILE');
    await waitFor(
      async () => (await original.handle.query(applicationStateQuery)).cancellation?.status === 'SENT',
    );
    await report(cancellation.handle, 'DONE');
    await report(original.handle, 'CANCELLED');
    expect(await cancellation.handle.result()).toMatchObject({ status: 'DONE' });
    const final = await original.handle.result();
    expect(final.status).toBe('CANCELLED');
    expect(final.timeline.map((entry) => entry.event)).toEqual(
      expect.arrayContaining(['CANCELLATION_REQUESTED', 'CANCELLED']),
    );
  });

  it('shows a refused cancellation on the original, which goes on and may be cancelled again', async () => {
    const { original, cancellation } = await sentApplication();
    await sign(cancellation.handle, cancellation.state, 'gulnar', 'MOBILE');
    await waitFor(async () => (await cancellation.handle.query(applicationStateQuery)).status === 'ACCEPTED');
    await report(cancellation.handle, 'REFUSED', { reason: 'ALREADY_COMPLETED' });
    await waitFor(
      async () => (await original.handle.query(applicationStateQuery)).cancellation?.status === 'REFUSED',
    );
    const again = await original.handle.executeUpdate(reserveCancellationUpdate, {
      args: [{ cancellationId: randomUUID() }],
    });
    expect(again.cancellation?.status).toBe('RESERVED');
    expect(again.status).toBe('ACCEPTED');
  });

  it('frees the original when its cancellation is withdrawn before sending', async () => {
    const { original, cancellation } = await sentApplication();
    await cancellation.handle.executeUpdate(withdrawApplicationUpdate, {
      args: [{ actor: actor('author') }],
    });
    await waitFor(
      async () => (await original.handle.query(applicationStateQuery)).cancellation === undefined,
    );
    const events = (await original.handle.query(applicationStateQuery)).timeline.map((entry) => entry.event);
    expect(events.at(-1)).toBe('CANCELLATION_DROPPED');
  });

  it('refuses to reserve a cancellation of an application the bank does not hold', async () => {
    const { handle } = await newApplication();
    expect(
      await refusalOf(
        handle.executeUpdate(reserveCancellationUpdate, { args: [{ cancellationId: randomUUID() }] }),
      ),
    ).toBe('APPLICATION_NOT_CANCELLABLE');
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
