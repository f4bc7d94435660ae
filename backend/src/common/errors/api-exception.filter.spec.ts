import { describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import pg from 'pg';
import { pino } from 'pino';
import type { Request } from 'express';
import { ApiExceptionFilter } from './api-exception.filter.js';

const filter = new ApiExceptionFilter(pino({ level: 'silent' }));
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

describe(ApiExceptionFilter.name, () => {
  it('answers 503 SERVICE_UNAVAILABLE, to retry, when PostgreSQL refuses the connection', async () => {
    const { status, body } = filter.toAnswer(await refusedConnection(), request);

    expect(status).toBe(503);
    expect(body).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('try again') as unknown,
      details: { requestId: 'req-1' },
    });
  });

  it('answers 503 when the pool cannot open a connection in time, and when TypeORM wraps the refusal', async () => {
    const poolTimeout = new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated unexpectedly'),
    });
    const wrapped = Object.assign(new Error('query failed'), { driverError: await refusedConnection() });

    expect(filter.toAnswer(poolTimeout, request).status).toBe(503);
    expect(filter.toAnswer(wrapped, request).status).toBe(503);
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
