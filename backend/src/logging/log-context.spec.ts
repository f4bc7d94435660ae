import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { MockActivityEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { logContext } from './log-context.js';
import { assignRequestId, requestContextMiddleware } from './request-context.js';

/** A logger with the application's mixin, writing its lines where the test reads them. */
function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ mixin: logContext }, sink), lines };
}

function fakeExchange(headers: Record<string, string> = {}) {
  const answered: Record<string, string> = {};
  const request = { headers } as unknown as IncomingMessage & { id?: string };
  const response = {
    setHeader: (name: string, value: string) => (answered[name.toLowerCase()] = value),
  } as unknown as ServerResponse;
  return { request, response, answered };
}

describe(logContext.name, () => {
  it('stamps the request id on every line written while the request is served, however deep, and on none after', async () => {
    const { logger, lines } = captureLogger();
    const { request, response } = fakeExchange();
    request.id = 'req-7';
    await new Promise<void>((resolve) =>
      requestContextMiddleware(request, response, () => {
        logger.info('synchronous');
        setTimeout(() => {
          logger.child({ module: 'deep' }).warn('later, in a child logger');
          resolve();
        }, 1);
      }),
    );
    logger.info('outside');

    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ['synchronous', 'req-7'],
      ['later, in a child logger', 'req-7'],
      ['outside', undefined],
    ]);
  });

  it("stamps the workflow id, run id, activity type and attempt on the lines an activity writes, from the SDK's activity context", async () => {
    const { logger, lines } = captureLogger();
    const activity = new MockActivityEnvironment({
      activityType: 'submitToBank',
      attempt: 3,
      workflowExecution: { workflowId: 'document-42', runId: 'run-1' },
    });
    await activity.run(async () => {
      await Promise.resolve();
      logger.info({ documentId: '42' }, 'submitting');
    });
    logger.info('between activities');

    expect(lines[0]).toMatchObject({
      msg: 'submitting',
      documentId: '42',
      workflowId: 'document-42',
      runId: 'run-1',
      activityType: 'submitToBank',
      attempt: 3,
    });
    expect(lines[1]).not.toHaveProperty('workflowId');
  });
});

describe(assignRequestId.name, () => {
  it("keeps a caller's well-formed X-Request-Id and answers it back", () => {
    const { request, response, answered } = fakeExchange({ 'x-request-id': 'proxy-1f2e_3d' });
    expect(assignRequestId(request, response)).toBe('proxy-1f2e_3d');
    expect(answered['x-request-id']).toBe('proxy-1f2e_3d');
  });

  it('replaces an X-Request-Id that is too long or could forge a log line with a new UUID', () => {
    for (const incoming of ['a'.repeat(65), 'x\n{"level":"fatal"}', 'has space', '']) {
      const { request, response, answered } = fakeExchange({ 'x-request-id': incoming });
      const id = assignRequestId(request, response);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(answered['x-request-id']).toBe(id);
    }
  });
});
