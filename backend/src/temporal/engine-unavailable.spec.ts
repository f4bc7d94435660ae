import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import {
  Client,
  Connection,
  ServiceError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import pg from 'pg';
import { FeatureError } from '../common/errors/feature-error.js';
import { isEngineUnavailable } from './engine-unavailable.js';
import { ProcessEngineUnavailable } from './process-errors.js';

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('The call succeeded.');
    },
    (error: unknown) => error,
  );
}

/** The errors @temporalio/client really throws when nothing listens at Temporal's address. */
describe(isEngineUnavailable.name, () => {
  let address: string;
  /** The client as the API has it: it retries UNAVAILABLE until the call's deadline. */
  let retrying: Connection;
  /** Without the retrying interceptor, as the health probe has it: the refusal comes at once. */
  let direct: Connection;
  const deadline = () => Date.now() + 1_000;

  beforeAll(async () => {
    address = `127.0.0.1:${await findFreePort()}`;
    retrying = Connection.lazy({ address, connectTimeout: '1 second' });
    direct = Connection.lazy({ address, connectTimeout: '1 second', interceptors: [] });
  });
  afterAll(async () => {
    await retrying.close();
    await direct.close();
  });

  it('knows a refused connection, wrapped by the client in a ServiceError, and bare from the workflow service', async () => {
    const client = new Client({ connection: direct });

    const wrapped = await failureOf(client.workflow.getHandle(randomUUID()).describe());
    const bare = await failureOf(client.workflowService.getSystemInfo({}));

    expect(wrapped).toBeInstanceOf(ServiceError);
    expect((wrapped as ServiceError).cause).toMatchObject({ code: 14 }); // UNAVAILABLE
    expect(bare).toMatchObject({ code: 14 });
    expect(isEngineUnavailable(wrapped)).toBe(true);
    expect(isEngineUnavailable(bare)).toBe(true);
  });

  it('knows a call that ran out of its deadline while the client kept retrying, queries and updates alike', async () => {
    const client = new Client({ connection: retrying });
    const handle = client.workflow.getHandle(randomUUID());

    const query = await failureOf(client.withDeadline(deadline(), () => handle.query('state')));
    const update = await failureOf(client.withDeadline(deadline(), () => handle.executeUpdate('ready')));

    expect((query as ServiceError).cause).toMatchObject({ code: 4 }); // DEADLINE_EXCEEDED
    expect(update).toBeInstanceOf(WorkflowUpdateRPCTimeoutOrCancelledError);
    expect(isEngineUnavailable(query)).toBe(true);
    expect(isEngineUnavailable(update)).toBe(true);
  });

  it('knows a connection that could not be opened, and one closed under the call', async () => {
    const notOpened = await failureOf(Connection.connect({ address, connectTimeout: '1 second' }));
    const closed = Connection.lazy({ address, interceptors: [] });
    await closed.close();
    const afterClose = await failureOf(
      new Client({ connection: closed }).workflow.getHandle(randomUUID()).describe(),
    );

    expect(notOpened).toMatchObject({ message: 'Failed to connect before the deadline' });
    expect(isEngineUnavailable(notOpened)).toBe(true);
    expect(isEngineUnavailable(afterClose)).toBe(true);
  });

  it('knows the process client’s own word for it, whatever its cause', () => {
    expect(isEngineUnavailable(new ProcessEngineUnavailable(new Error('replaced during the call')))).toBe(
      true,
    );
  });

  it('tells a missing workflow, a refusal, a fault and an unreachable database from an engine out of reach', async () => {
    const live = await Connection.connect({ address: process.env[TEST_ENV.temporalAddress]! });
    const missing = await failureOf(
      new Client({ connection: live }).workflow.getHandle(randomUUID()).describe(),
    ).finally(() => live.close());
    const database = await failureOf(
      new pg.Client({
        host: '127.0.0.1',
        port: await findFreePort(),
        connectionTimeoutMillis: 1000,
      }).connect(),
    );

    expect(missing).toBeInstanceOf(WorkflowNotFoundError);
    expect(isEngineUnavailable(missing)).toBe(false);
    expect(isEngineUnavailable(new FeatureError('DOCUMENT_WRONG_STATUS', 'Final.'))).toBe(false);
    expect(isEngineUnavailable(new TypeError('boom'))).toBe(false);
    expect(isEngineUnavailable(database)).toBe(false);
    expect(isEngineUnavailable(undefined)).toBe(false);
  });
});
