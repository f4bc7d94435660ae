import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { paymentDocumentWorkflow } from '@qoltanba/workflows';
import type { DocumentActivities } from '@qoltanba/workflows/activities';
import {
  bankReportSignal,
  documentReadyUpdate,
  documentStateQuery,
  documentWorkflowId,
  withdrawDocumentUpdate,
  type PaymentDocumentInput,
} from '@qoltanba/workflows/messages';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import pino from 'pino';
import type { AppConfig } from '../config/app-config.js';
import type { AppLogger } from '../logging/app-logger.js';
import { ProcessClient } from './process-client.js';
import {
  ProcessEngineUnavailable,
  ProcessFinished,
  ProcessNotFound,
  ProcessRefusal,
} from './process-errors.js';

const configWith = (taskQueue: string, callTimeoutMs: number) =>
  ({ temporal: { taskQueue, callTimeoutMs } }) as AppConfig;
const silent = pino({ level: 'silent' }) as unknown as AppLogger;
const author = { userId: 'author', name: 'Author', channel: 'STANDARD' as const };

/** Activities enough for a document that is only created and withdrawn. */
const activities: DocumentActivities = {
  confirmSignatureEvidence: () => Promise.reject(new Error('not in these tests')),
  recordSignature: () => Promise.reject(new Error('not in these tests')),
  confirmRejecter: () => Promise.reject(new Error('not in these tests')),
  recordTransition: () => Promise.resolve(),
  dispatchToBank: () => Promise.reject(new Error('not in these tests')),
};

describe(ProcessClient.name, () => {
  const organizationId = `org-${randomUUID()}`;
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let worker: RunningWorkflowWorker;
  let processes: ProcessClient;

  beforeAll(async () => {
    worker = await startWorkflowWorker('process-client', activities);
    ({ env, taskQueue } = worker);
    processes = new ProcessClient(env.client, configWith(taskQueue, 20_000), silent);
  });
  afterAll(() => worker.stop());

  const input = (): PaymentDocumentInput => ({
    documentId: randomUUID(),
    organizationId,
    author,
    content: {} as PaymentDocumentInput['content'],
    deadlinePolicy: { kind: 'HOURS_AFTER_CREATION', hours: 1 },
  });
  const start = (document: PaymentDocumentInput) =>
    processes.startWithUpdate(
      paymentDocumentWorkflow,
      { workflowId: documentWorkflowId(document.documentId), args: [document] },
      documentReadyUpdate,
    );

  async function failureOf(call: Promise<unknown>): Promise<unknown> {
    return call.then(
      () => undefined,
      (error: unknown) => error,
    );
  }

  it('starts a process and answers its first state; a repeat joins the same run', async () => {
    const document = input();

    const first = await start(document);
    const again = await start(document);

    expect(first).toMatchObject({ documentId: document.documentId, status: 'DRAFT' });
    expect(again).toMatchObject({ documentId: document.documentId, status: 'DRAFT' });
    await processes.update(documentWorkflowId(document.documentId), withdrawDocumentUpdate, {
      actor: author,
    });
  });

  it('passes a refusal on with its code and field, by the failure type', async () => {
    const document = input();
    await start(document);

    const refusal = await failureOf(
      processes.update(documentWorkflowId(document.documentId), withdrawDocumentUpdate, {
        actor: { ...author, userId: 'someone-else' },
      }),
    );

    expect(refusal).toBeInstanceOf(ProcessRefusal);
    expect(refusal).toMatchObject({ code: 'DOCUMENT_NOT_AUTHOR' });
    await processes.update(documentWorkflowId(document.documentId), withdrawDocumentUpdate, {
      actor: author,
    });
  });

  it('tells a process that has ended from one that never was, for updates and signals', async () => {
    const document = input();
    await start(document);
    const workflowId = documentWorkflowId(document.documentId);
    await processes.update(workflowId, withdrawDocumentUpdate, { actor: author });
    await env.client.workflow.getHandle(workflowId).result();

    const update = await failureOf(processes.update(workflowId, withdrawDocumentUpdate, { actor: author }));
    const signal = await failureOf(
      processes.signal(workflowId, bankReportSignal, { status: 'EXECUTED', at: new Date().toISOString() }),
    );
    const missing = await failureOf(processes.query(documentWorkflowId(randomUUID()), documentStateQuery));

    expect(update).toBeInstanceOf(ProcessFinished);
    expect(update).toMatchObject({ status: 'COMPLETED' });
    expect(signal).toBeInstanceOf(ProcessFinished);
    expect(missing).toBeInstanceOf(ProcessNotFound);
    // A finished process still answers queries, and is never started again.
    await expect(processes.query(workflowId, documentStateQuery)).resolves.toMatchObject({
      status: 'WITHDRAWN',
    });
    await expect(start(document)).resolves.toBeUndefined();
  });

  it('reports an engine it cannot reach within the call time-out as unavailable, not as a missing process', async () => {
    const connection = Connection.lazy({ address: '127.0.0.1:1', connectTimeout: '1 second' });
    const unreachable = new ProcessClient(new Client({ connection }), configWith(taskQueue, 1_000), silent);

    const failure = await failureOf(unreachable.query(documentWorkflowId(randomUUID()), documentStateQuery));

    expect(failure).toBeInstanceOf(ProcessEngineUnavailable);
    await connection.close().catch(() => undefined);
  });
});
