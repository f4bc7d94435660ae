import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import pg from 'pg';
import { documentIdFromIdempotencyKey } from '../src/documents/idempotency.js';
import { OPERATOR } from './support/dev-identity.js';
import { onboard, type Onboarded } from './support/onboarding.js';
import { paymentOrder } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

/**
 * Temporal out of reach while PostgreSQL is up: a second API on the same database whose Temporal
 * address has nothing listening. Every call that needs the engine is a 503 saying when to try
 * again, never a 500, and leaves nothing half done; the retry, once the engine is back, goes through.
 */
describe('the API while Temporal is out of reach', () => {
  let live: TestApp;
  let worker: TestWorker;
  let outage: TestApp;
  let client: Onboarded;
  let db: pg.Client;

  beforeAll(async () => {
    live = await startTestApp();
    worker = await startTestWorker(live);
    client = await onboard(live, { Author: { right: 'SINGLE' } });
    outage = await startTestApp({
      database: live.database,
      env: { TEMPORAL_ADDRESS: `127.0.0.1:${await findFreePort()}`, TEMPORAL_CALL_TIMEOUT_MS: '1000' },
    });
    db = new pg.Client({ connectionString: live.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await outage?.close();
    await worker?.stop();
    await live?.close();
  });

  const rowsOf = async (table: 'document' | 'process', id: string) =>
    (await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount;
  const createDocument = (app: TestApp, key: string) =>
    app
      .http()
      .post('/api/documents')
      .set(client.as('Author'))
      .set('Idempotency-Key', key)
      .send(paymentOrder(client.payerIban, { number: undefined }));

  it('creates no document half, and the same Idempotency-Key creates it, with the number it was given, once Temporal is back', async () => {
    const key = randomUUID();
    const documentId = documentIdFromIdempotencyKey(client.organizationId, key);

    const refused = await createDocument(outage, key);

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.body).toMatchObject({ code: 'DOCUMENT_ENGINE_UNAVAILABLE' });
    expect([await rowsOf('document', documentId), await rowsOf('process', documentId)]).toEqual([0, 0]);
    expect((await live.http().get(`/api/documents/${documentId}`).set(client.as('Author'))).status).toBe(404);
    const [reserved] = (
      await db.query<{ number: number }>(`SELECT number FROM document_number WHERE document_id = $1`, [
        documentId,
      ])
    ).rows;

    const retried = await createDocument(live, key);

    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ id: documentId, status: 'DRAFT' });
    // The number the refused attempt drew is the document's: a retry leaves no gap in the numbering.
    expect(retried.body.content.number).toBe(String(reserved!.number));
  });

  it('answers sending a document for signature with 503 and Retry-After, and the document stays as it was', async () => {
    const created = await createDocument(live, randomUUID());
    expect(created.status).toBe(201);

    const refused = await outage
      .http()
      .post(`/api/documents/${created.body.id}/submission`)
      .set(client.as('Author'));

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.body.code).toBe('DOCUMENT_ENGINE_UNAVAILABLE');
    const after = await live.http().get(`/api/documents/${created.body.id}`).set(client.as('Author'));
    expect(after.body.status).toBe('DRAFT');
  });

  it('answers an operator reading a process, whose call to Temporal no feature words, with 503 SERVICE_UNAVAILABLE, not 500', async () => {
    const created = await createDocument(live, randomUUID());
    expect(created.status).toBe(201);
    expect((await live.http().get(`/api/ops/processes/${created.body.id}`).set(OPERATOR)).status).toBe(200);

    // The client retries a refused connection for a while before it gives up: the wait is the client's.
    const refused = await outage.http().get(`/api/ops/processes/${created.body.id}`).set(OPERATOR);

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: { requestId: expect.any(String) as unknown },
    });
  });
});
