import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { connectTestTemporal, uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { Worker } from '@temporalio/worker';
import { bundlerOptions } from '../src/bundling.js';
import { canonicalJson } from '../src/domain/index.js';
import { TODAY, goodsPayment } from '../src/domain/payment/payment-order.fixtures.js';
import { domainInSandbox } from './domain-in-sandbox.workflow.js';

describe('the domain rules inside a workflow', () => {
  it('hash and validate a payment order in the sandbox exactly as Node does', async () => {
    const env = await connectTestTemporal();
    const taskQueue = uniqueTaskQueue('domain-in-sandbox');
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: fileURLToPath(new URL('./domain-in-sandbox.workflow.ts', import.meta.url)),
      bundlerOptions,
    });
    try {
      const order = { ...goodsPayment(), purpose: 'Тауарлар үшін төлем — оплата за товары' };
      const result = await worker.runUntil(
        env.client.workflow.execute(domainInSandbox, {
          taskQueue,
          workflowId: `domain-in-sandbox-${taskQueue}`,
          args: [{ ...order, knp: '999' }, TODAY],
        }),
      );
      const expected = createHash('sha256')
        .update(canonicalJson({ ...order, knp: '999' }), 'utf8')
        .digest('hex');
      expect(result).toEqual({ digest: expected, violationCodes: ['PAYMENT_KNP_UNKNOWN'] });
    } finally {
      await env.teardown();
    }
  });
});
