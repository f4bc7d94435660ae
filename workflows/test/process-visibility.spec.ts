import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startWorkflowWorker, type RunningWorkflowWorker } from '@qoltanba/testing/temporal';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import { runCommand } from '@qoltanba/local/run-command';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { actor, paymentOrder } from '../src/domain/documents/document.fixtures.js';
import {
  documentWorkflowId,
  withdrawDocumentUpdate,
  type PaymentDocumentInput,
} from '../src/documents/payment-document.messages.js';
import { paymentDocumentWorkflow } from '../src/documents/payment-document.workflow.js';
import { fakeDocumentActivities } from './fake-document-activities.js';

/**
 * Temporal's own visibility finds processes by kind, organization, status and who must act, on the
 * real server: what an operator types in the Temporal UI or `temporal workflow list --query`.
 */
describe('Process search attributes', () => {
  const organizationId = `org-${randomUUID()}`;
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let worker: RunningWorkflowWorker;
  const ids: Record<'draft' | 'awaiting' | 'withdrawn', string> = {
    draft: randomUUID(),
    awaiting: randomUUID(),
    withdrawn: randomUUID(),
  };

  beforeAll(async () => {
    worker = await startWorkflowWorker(
      'visibility',
      fakeDocumentActivities({ author: { name: 'Author', right: 'NONE', organizationId } }).activities,
    );
    ({ env, taskQueue } = worker);
    const start = (documentId: string, submit: boolean) => {
      const input: PaymentDocumentInput = {
        documentId,
        organizationId,
        author: actor('author'),
        content: paymentOrder(),
        deadlinePolicy: { kind: 'HOURS_AFTER_CREATION', hours: 24 },
        submit,
      };
      return env.client.workflow.start(paymentDocumentWorkflow, {
        taskQueue,
        workflowId: documentWorkflowId(documentId),
        args: [input],
      });
    };
    await start(ids.draft, false);
    await start(ids.awaiting, true);
    const withdrawn = await start(ids.withdrawn, true);
    await withdrawn.executeUpdate(withdrawDocumentUpdate, { args: [{ actor: actor('author') }] });
    await withdrawn.result();
  });
  afterAll(async () => {
    for (const id of [ids.draft, ids.awaiting])
      await env.client.workflow.getHandle(documentWorkflowId(id)).terminate('test over');
    await worker.stop();
  });

  /** Visibility is written after the transition: poll briefly until it shows what is expected. */
  async function listed(query: string, expected: number): Promise<string[]> {
    let found: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      found = [];
      for await (const execution of env.client.workflow.list({
        query: `OrganizationId='${organizationId}' AND ${query}`,
      }))
        found.push(execution.workflowId);
      if (found.length === expected) break;
      await delay(100);
    }
    return found.sort();
  }

  it('lists exactly the payment documents awaiting signatures of an organization', async () => {
    expect(await listed("ProcessType='payment' AND ProcessStatus='AWAITING_SIGNATURES'", 1)).toEqual([
      documentWorkflowId(ids.awaiting),
    ]);
  });

  it('tells documents waiting for a person from those that wait for nobody any more', async () => {
    expect(await listed("ProcessAwaiting='PERSON'", 2)).toEqual(
      [documentWorkflowId(ids.draft), documentWorkflowId(ids.awaiting)].sort(),
    );
    expect(await listed("ProcessAwaiting='NOBODY' AND ProcessStatus='WITHDRAWN'", 1)).toEqual([
      documentWorkflowId(ids.withdrawn),
    ]);
  });

  it('answers the same query typed on the Temporal CLI', async () => {
    await listed("ProcessStatus='AWAITING_SIGNATURES'", 1);
    const cli = process.env[TEST_ENV.temporalCliPath]!;
    const result = await runCommand(cli, [
      'workflow',
      'list',
      '--address',
      process.env[TEST_ENV.temporalAddress]!,
      '--query',
      `ProcessType='payment' AND ProcessStatus='AWAITING_SIGNATURES' AND OrganizationId='${organizationId}'`,
      '--output',
      'json',
    ]);

    expect(result.code).toBe(0);
    const text = result.stdout.trim();
    // One JSON document per line, or one array, depending on the CLI's version.
    const rows = (
      text.startsWith('[') ? JSON.parse(text) : text.split('\n').map((line) => JSON.parse(line) as unknown)
    ) as { execution: { workflowId: string } }[];
    expect(rows.map((row) => row.execution.workflowId)).toEqual([documentWorkflowId(ids.awaiting)]);
  });
});
