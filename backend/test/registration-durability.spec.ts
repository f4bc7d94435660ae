import { afterAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import request from 'supertest';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { onboard, uniqueIin } from './support/onboarding.js';
import { TestSigningAgent, USER_PIN } from './support/signing-agent.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { until } from './support/until.js';
import { issueRegistrationCredentials, RegistrationWizard } from './support/token-registration.js';

/**
 * The CA is asked by the registration's workflow, not by the request that submitted the keys: a
 * worker killed right after the submission (before, during or after the CA call) only delays the
 * certificates, by seconds, and the registration never gets two of a purpose.
 */
describe('token registration when the worker is killed during issuance', () => {
  const processes: NodeProcess[] = [];
  let database: TestDatabase | undefined;
  let agent: TestSigningAgent | undefined;
  afterAll(async () => {
    for (const process of processes.reverse()) await process.stop();
    await agent?.stop();
    await database?.drop();
  });

  it('issues both certificates exactly once, within seconds, after another worker takes over, and the registration completes', async () => {
    database = await createTestDatabase();
    agent = await TestSigningAgent.start(['durable-reg']);
    const port = await findFreePort();
    const env = {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: process.env[TEST_ENV.temporalAddress]!,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('registration-durability'),
      LOG_LEVEL: 'warn',
    };
    processes.push(startBackendProcess('main', env));
    const doomed = startBackendProcess('worker', env);
    processes.push(doomed);
    const base = `http://127.0.0.1:${port}`;
    await until(() => fetch(`${base}/api/health`).then((response) => response.status > 0), 30_000);
    const api = { http: () => request(base) };

    const iin = uniqueIin();
    const client = await onboard(api, { Dana: { right: 'SINGLE', iin, phone: '+77011239001' } });
    const credentials = await issueRegistrationCredentials(api, client.users.Dana!.id);
    const wizard = await new RegistrationWizard(api, agent, 'durable-reg', credentials).open();
    await wizard.chooseToken();
    await wizard.step('password', { serialNumber: (await wizard.token()).serialNumber });
    const requests = await wizard.makeKeys(USER_PIN);
    expect((await wizard.submitRequests(requests)).body.status).toBe('ISSUING');
    await doomed.kill();
    const killedAt = Date.now();
    processes.push(startBackendProcess('worker', env));

    await wizard.untilIssued(90_000);
    // Noticed by the CA call's missing heartbeats (6 s), not after its 30-second timeout.
    expect(Date.now() - killedAt).toBeLessThan(20_000);
    expect(wizard.registration.status).toBe('AWAITING_WRITE');
    await wizard.writeAndConfirm();
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ purpose: string; status: string }>(
        `SELECT purpose, status FROM user_certificate WHERE registration_id = $1 ORDER BY purpose`,
        [wizard.registration['registrationId']],
      );
      expect(rows).toEqual([
        { purpose: 'AUTHENTICATION', status: 'ACTIVE' },
        { purpose: 'SIGNING', status: 'ACTIVE' },
      ]);
    } finally {
      await db.end();
    }
  }, 180_000);
});
