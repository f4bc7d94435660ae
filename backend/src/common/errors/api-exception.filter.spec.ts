import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ServiceUnavailableException } from '@nestjs/common';
import { findFreePort } from '@qoltanba/local/ports';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { pino } from 'pino';
import type { Request } from 'express';
import { ProcessEngineUnavailable } from '../../temporal/process-errors.js';
import { ApiError } from './api-error.js';
import { ApiExceptionFilter, RETRY_AFTER_SECONDS } from './api-exception.filter.js';
import { ErrorStatusRegistry } from './error-status-registry.js';
import { FeatureError } from './feature-error.js';

const statuses = new ErrorStatusRegistry([
  { PROBE_ALREADY_SIGNED: 409 },
  { PROBE_NOT_FOUND: 404 },
  { PROBE_ENGINE_UNAVAILABLE: 503, PROBE_TOO_MANY_ATTEMPTS: 429 },
]);
const filter = new ApiExceptionFilter(pino({ level: 'silent' }), statuses);
const request = { id: 'req-1', url: '/api/auth/login/standard' } as Request & { id: string };

/** What the real driver throws when no PostgreSQL listens, or the pool cannot connect in time. */
async function refusedConnection(): Promise<unknown> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: await findFreePort(),
    connectionTimeoutMillis: 1000,
  });
  return client.connect().then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** What the real Temporal client throws when no Temporal listens at its address. */
async function unreachableEngine(): Promise<unknown> {
  const connection = Connection.lazy({ address: `127.0.0.1:${await findFreePort()}`, interceptors: [] });
  return new Client({ connection }).workflow
    .getHandle(randomUUID())
    .describe()
    .then(
      () => undefined,
      (error: unknown) => error,
    )
    .finally(() => connection.close());
}

const retryAfter = (answer: { headers?: Record<string, string> }) => answer.headers?.['Retry-After'];

describe(ApiExceptionFilter.name, () => {
  it('answers a feature error with the status its code has in the status tables', () => {
    const error = new FeatureError('PROBE_ALREADY_SIGNED', 'The document is already signed.', {
      field: 'signature',
      check: 'SLOT',
    });

    expect(filter.toAnswer(error, request)).toEqual({
      status: 409,
      body: {
        code: 'PROBE_ALREADY_SIGNED',
        message: 'The document is already signed.',
        details: { field: 'signature', check: 'SLOT' },
      },
    });
    expect(filter.toAnswer(new FeatureError('PROBE_NOT_FOUND', 'No such probe.'), request)).toEqual({
      status: 404,
      body: { code: 'PROBE_NOT_FOUND', message: 'No such probe.' },
    });
  });

  it('answers 500 INTERNAL_ERROR, never a guessed status, for a code no status table has', () => {
    const { status, body } = filter.toAnswer(
      new FeatureError('PROBE_FORGOTTEN', 'Internal detail of the forgotten code.'),
      request,
    );

    expect(status).toBe(500);
    expect(body).toEqual({
      code: 'INTERNAL_ERROR',
      message: expect.stringContaining('request id') as unknown,
      details: { requestId: 'req-1' },
    });
    expect(JSON.stringify(body)).not.toContain('PROBE_FORGOTTEN');
  });

  it('answers an ApiError with the status the endpoint decided, whatever the tables say', () => {
    const { status, body } = filter.toAnswer(
      new ApiError(401, 'PROBE_ALREADY_SIGNED', 'At log-in.'),
      request,
    );

    expect(status).toBe(401);
    expect(body).toEqual({ code: 'PROBE_ALREADY_SIGNED', message: 'At log-in.' });
  });

  it('answers 503 SERVICE_UNAVAILABLE, to retry, when PostgreSQL refuses the connection', async () => {
    const { status, body, headers } = filter.toAnswer(await refusedConnection(), request);

    expect(status).toBe(503);
    expect(body).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('try again') as unknown,
      details: { requestId: 'req-1' },
    });
    expect(headers).toEqual({ 'Retry-After': String(RETRY_AFTER_SECONDS) });
  });

  it('answers 503 SERVICE_UNAVAILABLE, to retry, when Temporal cannot be reached, not 500', async () => {
    const { status, body } = filter.toAnswer(await unreachableEngine(), request);
    const unmapped = filter.toAnswer(new ProcessEngineUnavailable(new Error('deadline')), request);

    expect(status).toBe(503);
    expect(body).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('try again') as unknown,
      details: { requestId: 'req-1' },
    });
    expect(unmapped.status).toBe(503);
  });

  it('says in Retry-After when to try again on every 503, its own time when the error gives one', async () => {
    const answers = [
      filter.toAnswer(await refusedConnection(), request),
      filter.toAnswer(await unreachableEngine(), request),
      filter.toAnswer(new FeatureError('PROBE_ENGINE_UNAVAILABLE', 'The engine is out.'), request),
      filter.toAnswer(new ApiError(503, 'PROBE_NOT_FOUND', 'Decided at the edge.'), request),
      filter.toAnswer(new ServiceUnavailableException(), request),
    ];
    const ownTime = filter.toAnswer(
      new FeatureError('PROBE_ENGINE_UNAVAILABLE', 'The engine is out.', { retryAfterSeconds: 10 }),
      request,
    );

    expect(answers.map(({ status }) => status)).toEqual([503, 503, 503, 503, 503]);
    expect(answers.map(retryAfter)).toEqual(Array(5).fill(String(RETRY_AFTER_SECONDS)));
    expect(retryAfter(ownTime)).toBe('10');
  });

  it('says in Retry-After when a 429 ends, in whole seconds, when its error knows; no other answer has it', () => {
    const throttled = filter.toAnswer(
      new FeatureError('PROBE_TOO_MANY_ATTEMPTS', 'Too many attempts.', { retryAfterSeconds: 42.5 }),
      request,
    );
    const unknownEnd = filter.toAnswer(new FeatureError('PROBE_TOO_MANY_ATTEMPTS', 'Too many.'), request);

    expect(throttled.status).toBe(429);
    expect(retryAfter(throttled)).toBe('43');
    expect(unknownEnd.headers).toBeUndefined();
    expect(
      filter.toAnswer(new FeatureError('PROBE_NOT_FOUND', 'No such probe.'), request).headers,
    ).toBeUndefined();
    expect(filter.toAnswer(new TypeError('boom'), request).headers).toBeUndefined();
  });

  it('answers 503 when the pool cannot open a connection in time, when TypeORM wraps the refusal, and when a pooled connection was cut by a restarting server', async () => {
    const poolTimeout = new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated unexpectedly'),
    });
    const wrapped = Object.assign(new Error('query failed'), { driverError: await refusedConnection() });
    // pg's own words for a client whose socket died under it (node_modules/pg/lib/client.js).
    const cut = Object.assign(new Error('query failed'), {
      driverError: new Error('Client has encountered a connection error and is not queryable'),
    });

    expect(filter.toAnswer(poolTimeout, request).status).toBe(503);
    expect(filter.toAnswer(wrapped, request).status).toBe(503);
    expect(filter.toAnswer(cut, request).status).toBe(503);
  });

  it('still answers 500 INTERNAL_ERROR for an unexpected fault, saying nothing of its internals', () => {
    const { status, body } = filter.toAnswer(
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      request,
    );

    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toContain('Cannot read');
  });
});
