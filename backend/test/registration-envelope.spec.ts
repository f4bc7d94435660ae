import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { uniqueTaskQueue } from '@qoltanba/testing/temporal';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import pg from 'pg';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import request from 'supertest';
import { MANAGER } from './support/dev-identity.js';
import { type NodeProcess, startBackendProcess } from './support/node-process.js';
import { type ApiClient, onboard, type Onboarded, uniqueIin } from './support/onboarding.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { until } from './support/until.js';
import { checkedChange } from './support/manager-changes.js';

const SAMPLE = fileURLToPath(new URL('../../test-artifacts/pin-envelope-sample.pdf', import.meta.url));

/** What a client reads off the envelope, found in the PDF's text as a PDF reader extracts it. */
interface ReadEnvelope {
  pages: number;
  text: string;
  login: string;
  serial: string;
  pin: string;
  cells: string[];
}

async function readEnvelope(pdf: Buffer): Promise<ReadEnvelope> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  let text = '';
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
  } finally {
    await document.destroy();
  }
  const only = (pattern: RegExp) => {
    const found = text.match(pattern) ?? [];
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  return {
    pages: document.numPages,
    text,
    login: only(/\bqq\d{6}_[a-z]{8}\b/g),
    serial: only(/\bQC\d{10}\b/g),
    // 11 upper-case letters, I and O left out: nothing else on the page looks like it.
    pin: only(/\b[A-HJ-NP-Z]{11}\b/g),
    cells: [...text.matchAll(/\b(\d{2})\s+(\d{6})\b/g)].map(([, cell]) => cell!),
  };
}

/**
 * Runs the API and the worker as the real processes, logging everything (trace), so the test reads
 * every line they print: the PIN must be in none of them.
 */
describe('the manager’s PIN envelope: a new OTP card and the registration user ID, checked by a second manager, printed once as a PDF', () => {
  const processes: NodeProcess[] = [];
  let logs = '';
  let database: TestDatabase;
  let api: ApiClient;
  let base: string;
  let client: Onboarded;
  /** Every PIN an envelope of this suite printed. */
  const printedPins: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await findFreePort();
    const env = {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: process.env[TEST_ENV.temporalAddress]!,
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('pin-envelope'),
      LOG_LEVEL: 'trace',
    };
    for (const entry of ['main', 'worker'] as const) {
      const started = startBackendProcess(entry, env);
      const keep = (chunk: Buffer) => (logs += chunk.toString());
      started.child.stdout?.on('data', keep);
      started.child.stderr?.on('data', keep);
      processes.push(started);
    }
    base = `http://127.0.0.1:${port}`;
    // Up means the worker too: opening a registration starts its workflow.
    await until(() => fetch(`${base}/api/health`).then((response) => response.status === 200), 60_000);
    api = { http: () => request(base) };
    client = await onboard(api, {
      Timur: { right: 'SINGLE', iin: uniqueIin(), phone: '+77011240001' },
      Aliya: { right: 'FIRST', iin: uniqueIin(), phone: '+77011240002' },
      Murat: { right: 'SECOND', iin: uniqueIin(), phone: '+77011240003' },
      Saule: { right: 'SECOND', phone: '+77011240004', channels: ['LIGHT'] },
    });
  }, 120_000);
  afterAll(async () => {
    for (const started of processes.reverse()) await started.stop();
    await database?.drop();
  });

  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      return (await db.query(text, values)).rows as T[];
    } finally {
      await db.end();
    }
  };

  /** The manager's request for a new OTP card with the registration user ID, as submitted. */
  function requestEnvelope(userId: string, fields: object = { validityDays: 365 }): Promise<Response> {
    return fetch(`${base}/api/manager/change-requests`, {
      method: 'POST',
      headers: { ...MANAGER, 'content-type': 'application/json' },
      body: JSON.stringify({
        change: { type: 'ISSUE_REGISTRATION_CREDENTIALS', userId, newCard: true, ...fields },
      }),
    });
  }

  /** The request checked by a second manager, then the envelope printed by its maker. */
  async function envelope(userId: string): Promise<{ response: Response; pdf: Buffer }> {
    const applied = await checkedChange(api, {
      type: 'ISSUE_REGISTRATION_CREDENTIALS',
      userId,
      newCard: true,
      validityDays: 365,
    });
    const response = await fetch(
      `${base}/api/manager/change-requests/${applied.id as string}/envelopes/envelope/pdf`,
      { method: 'POST', headers: MANAGER },
    );
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    return { response, pdf };
  }

  async function printed(userId: string): Promise<ReadEnvelope> {
    const read = await readEnvelope((await envelope(userId)).pdf);
    printedPins.push(read.pin);
    return read;
  }

  const openRegistration = (registrationUserId: string, pin: string) =>
    api.http().post('/api/registrations').send({ registrationUserId, pin });

  const devicesOf = async (userId: string) =>
    (await api.http().get(`/api/manager/users/${userId}/otp-devices`).set(MANAGER)).body as {
      id: string;
      kind: string;
      serial: string;
      status: string;
      replacedBy?: string;
    }[];

  it('prints one page of PDF with the user ID, the card and its PIN, and that PIN opens the token registration', async () => {
    const timur = client.users.Timur!.id;
    const { response, pdf } = await envelope(timur);
    await mkdir(dirname(SAMPLE), { recursive: true });
    await writeFile(SAMPLE, pdf);

    const read = await readEnvelope(pdf);
    printedPins.push(read.pin);
    expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="pin-envelope-${read.login}.pdf"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(read.pages).toBe(1);
    for (const expected of [
      'Qoltanba Bank',
      'Токенді тіркеуге арналған PIN-конверт',
      'PIN-конверт для регистрации токена',
      'ТОО "Тест"',
      client.binIin,
      'Timur',
      '365 күн / 365 дней',
    ]) {
      expect(read.text).toContain(expected);
    }
    expect(read.cells).toEqual(Array.from({ length: 35 }, (_, index) => String(index + 1).padStart(2, '0')));
    const [card] = await devicesOf(timur);
    expect(card).toMatchObject({ kind: 'CARD', status: 'ACTIVE', serial: read.serial });

    const opened = await openRegistration(read.login, read.pin);
    expect(opened.status).toBe(200);
    expect(opened.body.registration).toMatchObject({ status: 'AWAITING_TOKEN' });
  });

  it('cancels a client’s registration on a checked request with a reason; an ended one cannot be cancelled again', async () => {
    const timur = client.users.Timur!.id;
    const registrations = async () =>
      (await api.http().get(`/api/manager/users/${timur}/registrations`).set(MANAGER)).body as {
        registrationId: string;
        status: string;
        open: boolean;
      }[];
    const [open] = await registrations();
    expect(open).toMatchObject({ status: 'AWAITING_TOKEN', open: true });
    const change = {
      type: 'CANCEL_TOKEN_REGISTRATION',
      registrationId: open!.registrationId,
      reason: 'Token lost',
    };
    const applied = await checkedChange(api, change);
    expect(applied).toMatchObject({ outcome: { registrationId: open!.registrationId } });
    await until(async () => (await registrations())[0]!.status === 'CANCELLED', 10_000);

    const again = await api.http().post('/api/manager/change-requests').set(MANAGER).send({ change });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'CHANGE_WRONG_STATE',
      details: { field: 'change.registrationId' },
    });
  });

  it('replaces the card with a second envelope: the old PIN is refused, the new one opens the registration', async () => {
    const aliya = client.users.Aliya!.id;
    const first = await printed(aliya);
    const second = await printed(aliya);

    expect(second.login).toBe(first.login);
    expect(second.serial).not.toBe(first.serial);
    expect(second.pin).not.toBe(first.pin);
    const devices = await devicesOf(aliya);
    expect(devices.find((device) => device.serial === first.serial)).toMatchObject({ status: 'REVOKED' });
    expect(devices.find((device) => device.serial === second.serial)).toMatchObject({ status: 'ACTIVE' });

    const old = await openRegistration(first.login, first.pin);
    expect(old.status).toBe(401);
    expect(old.body.code).toBe('REGISTRATION_CREDENTIALS_INVALID');
    expect((await openRegistration(second.login, second.pin)).status).toBe(200);
  });

  it('replaces a live OTP device issued before the envelope, and a blocked card too', async () => {
    const murat = client.users.Murat!.id;
    const issued = await checkedChange(api, { type: 'ISSUE_OTP_DEVICE', userId: murat, kind: 'CARD' });
    const deviceId = issued.outcome.deviceId as string;
    await checkedChange(api, { type: 'BLOCK_OTP_DEVICE', deviceId });

    const read = await printed(murat);

    const devices = await devicesOf(murat);
    expect(devices.find((device) => device.id === deviceId)).toMatchObject({
      status: 'REVOKED',
      replacedBy: expect.any(String),
    });
    expect(devices.filter((device) => device.status !== 'REVOKED')).toEqual([
      expect.objectContaining({ kind: 'CARD', status: 'ACTIVE', serial: read.serial }),
    ]);
    expect((await openRegistration(read.login, read.pin)).status).toBe(200);
  });

  it('refuses a card, a registration user ID or a Standard log-in to a user without the Standard channel (409 on the user)', async () => {
    const saule = client.users.Saule!.id;
    const refused = await requestEnvelope(saule);

    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toMatchObject({
      code: 'CHANGE_WRONG_STATE',
      details: { field: 'change.userId' },
    });
    expect(await devicesOf(saule)).toEqual([]);
    const login = await api
      .http()
      .post('/api/manager/change-requests')
      .set(MANAGER)
      .send({ change: { type: 'ISSUE_STANDARD_CREDENTIALS', userId: saule } });
    expect(login.status).toBe(409);
    expect(login.body).toMatchObject({ code: 'CHANGE_WRONG_STATE', details: { field: 'change.userId' } });
    const credentials = await sql(`SELECT 1 FROM registration_credential WHERE user_id = $1`, [saule]);
    expect(credentials).toEqual([]);
  });

  it('refuses an unknown or blocked user and a validity out of 1..1095 days, and touches no card', async () => {
    const unknown = await requestEnvelope('5b0f4a6e-4a47-4b8a-9a51-0c7d2b1f7e11');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      code: 'ORG_USER_NOT_FOUND',
      details: { field: 'change.userId' },
    });

    const timur = client.users.Timur!.id;
    const [before] = (await devicesOf(timur)).filter((device) => device.status === 'ACTIVE');
    for (const validityDays of [0, 1096, 36.5]) {
      const invalid = await requestEnvelope(timur, { validityDays });
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { field: 'change.validityDays' },
      });
    }
    await checkedChange(api, { type: 'BLOCK_USER', userId: timur });
    try {
      const blocked = await requestEnvelope(timur);
      expect(blocked.status).toBe(409);
      expect(await blocked.json()).toMatchObject({
        code: 'CHANGE_WRONG_STATE',
        details: { field: 'change.userId' },
      });
    } finally {
      await checkedChange(api, { type: 'UNBLOCK_USER', userId: timur });
    }
    const [after] = (await devicesOf(timur)).filter((device) => device.status === 'ACTIVE');
    expect(after).toEqual(before);
  });

  it('audits each envelope, its maker and its checker, without its PIN; no log line of the API or the worker carries a PIN', async () => {
    expect(printedPins).toHaveLength(4);
    const envelopes = await sql<{
      actor_id: string;
      organization_id: string;
      details: Record<string, unknown>;
    }>(
      `SELECT actor_id, organization_id, details FROM audit_event
       WHERE action = 'CHANGE_ISSUE_REGISTRATION_CREDENTIALS' ORDER BY id`,
    );
    expect(envelopes).toHaveLength(4);
    expect(envelopes[0]).toMatchObject({
      actor_id: 'dev-checker',
      organization_id: client.organizationId,
      details: {
        maker: 'dev-staff',
        checker: 'dev-checker',
        differences: expect.arrayContaining([
          { field: 'validityDays', before: null, after: '365' },
          { field: 'otpDevice (new)', before: null, after: 'CARD' },
        ]),
        outcome: { userId: client.users.Timur!.id, newCard: true },
      },
    });
    const prints = await sql(
      `SELECT 1 FROM audit_event WHERE action = 'CHANGE_REQUEST_ENVELOPE_TAKEN' AND details->>'format' = 'PDF'`,
    );
    expect(prints).toHaveLength(4);
    const audited = (await sql<{ row: string }>(`SELECT row_to_json(a)::text AS row FROM audit_event a`)).map(
      ({ row }) => row,
    );
    // The log did capture this suite's requests, so finding no PIN in it means something.
    await until(async () => logs.includes('/envelopes/envelope/pdf'), 5_000);
    const lines = [...audited, ...logs.split('\n')];
    expect(lines.filter((line) => printedPins.some((pin) => line.includes(pin)))).toEqual([]);
  });
});
