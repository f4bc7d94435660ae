import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applySignature, verifiedSignature, type DocumentState } from '@qoltanba/workflows/domain';
import { MANAGER } from './support/dev-identity.js';
import { onboard, openSimulatorAccount, ourIban, type Onboarded } from './support/onboarding.js';
import { paymentOrder } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';
import { until } from './support/until.js';
import { DocumentProjectionService } from '../src/documents/document-projection.service.js';
import { DocumentWorkflowClient } from '../src/documents/document-workflow.client.js';

/**
 * A workflow task can write its transition to the read model and then be lost: a Temporal or
 * PostgreSQL restart drops the signing update's task after its local activity wrote, and the update
 * never enters the workflow's history. The read model then shows a signature the workflow never took.
 * Here the lost task's write is made as its activity made it, with the domain's own transition.
 */
describe('a transition written by a workflow task that was then lost', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;
  const payeeIban = ourIban('KZT4400000001');

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, { Ainur: { right: 'FIRST' }, Bolat: { right: 'SECOND' } });
    await openSimulatorAccount(testApp, payeeIban, 0);
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();
  const document = async (id: string) =>
    (await http().get(`/api/documents/${id}`).set(client.as('Ainur'))).body as {
      status: string;
      signatures: { signerName: string }[];
    };
  const timeline = async (id: string) =>
    (await http().get(`/api/documents/${id}/timeline`).set(client.as('Ainur'))).body as {
      event: string;
      status: string;
      at: string;
      actor?: { name: string };
    }[];
  const sign = (id: string, contentHash: string, user: string) =>
    http()
      .post(`/api/documents/${id}/signatures`)
      .set(client.as(user, 'STANDARD'))
      .send({ contentHash, evidence: { kind: 'DEV' } });

  /** A payment FIRST-signed by Ainur, awaiting Bolat's SECOND signature. */
  async function awaitingSecond(): Promise<{ id: string; contentHash: string }> {
    const created = await http()
      .post('/api/documents?submit=true')
      .set(client.as('Ainur'))
      .send(
        paymentOrder(client.payerIban, {
          beneficiary: { name: 'Own', binIin: '940140000385', iban: payeeIban, bic: 'QOLTKZKA', kbe: '17' },
        }),
      );
    expect(created.status).toBe(201);
    const first = await sign(created.body.id, created.body.contentHash, 'Ainur');
    expect(first.body.status).toBe('AWAITING_SIGNATURES');
    return created.body;
  }

  /** Bolat's signature as the lost task's activity wrote it, at the workflow's time then. */
  async function lostSignatureOf(id: string): Promise<{ state: DocumentState; writtenAt: string }> {
    const state = await testApp.app.get(DocumentWorkflowClient).state(id);
    const writtenAt = new Date().toISOString();
    const signed = applySignature(
      state,
      verifiedSignature(
        { userId: client.users.Bolat!.id, name: 'Bolat', right: 'SECOND', method: 'EDS' },
        { channel: 'STANDARD', contentHash: state.contentHash, evidenceId: randomUUID() },
        writtenAt,
      ),
    );
    await testApp.app.get(DocumentProjectionService, { strict: false }).project(signed, writtenAt);
    return { state: signed, writtenAt };
  }

  it('takes the signature again and sends the payment to the bank once, its timeline as the workflow made it', async () => {
    const doc = await awaitingSecond();
    const lost = await lostSignatureOf(doc.id);
    expect((await document(doc.id)).status).toBe('SENT_TO_BANK');

    const signed = await sign(doc.id, doc.contentHash, 'Bolat');
    expect(signed.status).toBe(201);
    expect(signed.body.status).toBe('SENT_TO_BANK');
    await until(async () => (await document(doc.id)).status === 'EXECUTED', 20_000);
    expect((await document(doc.id)).signatures.map((signature) => signature.signerName)).toEqual([
      'Ainur',
      'Bolat',
    ]);
    const entries = await timeline(doc.id);
    expect(entries.map((entry) => entry.event)).toEqual([
      'CREATED',
      'SUBMITTED',
      'SIGNED',
      'SIGNED',
      'SENT_TO_BANK',
      'ACCEPTED',
      'EXECUTED',
    ]);
    // Bolat's signature is the one the workflow took, not the lost task's.
    expect(Date.parse(entries[3]!.at)).toBeGreaterThan(Date.parse(lost.writtenAt));

    // The lost task's write, arriving late again, changes nothing.
    await testApp.app.get(DocumentProjectionService, { strict: false }).project(lost.state, lost.writtenAt);
    expect((await document(doc.id)).status).toBe('EXECUTED');
    expect(await timeline(doc.id)).toEqual(entries);
    const statement = await http().get(`/api/bank-simulator/accounts/${payeeIban}/statement`).set(MANAGER);
    expect(
      statement.body.entries.filter((entry: { documentId: string }) => entry.documentId === doc.id),
    ).toHaveLength(1);
  });

  it('shows the document as the workflow goes on without that signature: rejected, with no trace of it', async () => {
    const doc = await awaitingSecond();
    await lostSignatureOf(doc.id);

    const rejected = await http()
      .post(`/api/documents/${doc.id}/rejection`)
      .set(client.as('Ainur'))
      .send({ reason: 'Wrong payee' });
    expect(rejected.status).toBe(201);
    expect(rejected.body.status).toBe('REJECTED');
    const shown = await document(doc.id);
    expect(shown.status).toBe('REJECTED');
    expect(shown.signatures.map((signature) => signature.signerName)).toEqual(['Ainur']);
    expect((await timeline(doc.id)).map((entry) => `${entry.event}:${entry.status}`)).toEqual([
      'CREATED:DRAFT',
      'SUBMITTED:AWAITING_SIGNATURES',
      'SIGNED:AWAITING_SIGNATURES',
      'REJECTED:REJECTED',
    ]);
    const listed = await http().get('/api/processes?type=payment').set(client.as('Ainur'));
    expect(listed.body.items.find((item: { id: string }) => item.id === doc.id)).toMatchObject({
      status: 'REJECTED',
    });
  });

  it('refuses, as before, a signature the workflow did take', async () => {
    const doc = await awaitingSecond();
    expect((await sign(doc.id, doc.contentHash, 'Bolat')).status).toBe(201);
    const again = await sign(doc.id, doc.contentHash, 'Bolat');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DOCUMENT_WRONG_STATUS');
  });
});
