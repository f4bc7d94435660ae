import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { fromBase32, MAX_FAILED_CODES, tokenCodeAt } from '../../src/otp/otp-codes.js';
import { onboard, type Onboarded } from '../support/onboarding.js';
import { type ApiSession, clientSession, freshPhone, sql, staffSession } from '../support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from '../support/test-app.js';
import { paymentOrder } from '../support/payment-order.js';
import { checkedChange, handedOver } from '../support/manager-changes.js';

// A token code works once and a new one comes each minute: a test may wait for the next minute's code.
jest.setTimeout(150_000);

interface TokenDevice {
  id: string;
  secret: Buffer;
}
interface CardDevice {
  id: string;
  cells: string[];
}

/**
 * OTP approval in the Light and Mobile channels, end to end: real log-ins, devices issued by a
 * manager, challenges bound to documents, and the document workflow on a real Temporal server.
 */
describe('OTP approval of documents', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let manager: ApiSession;
  let checker: ApiSession;
  let client: Onboarded;
  let author: ApiSession; // NONE, Light: prepares documents
  let ainur: ApiSession; // FIRST, Light, OTP token
  let bolat: ApiSession; // SECOND, Mobile, OTP card
  let gulnar: ApiSession; // SINGLE, Mobile, OTP token
  let dina: ApiSession; // SINGLE, Mobile, OTP card
  let ainurToken: TokenDevice;
  let gulnarToken: TokenDevice;
  let bolatCard: CardDevice;
  let dinaCard: CardDevice;

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    manager = await staffSession(testApp, 'MANAGER');
    checker = await staffSession(testApp, 'MANAGER');
    const phones = {
      Author: freshPhone(),
      Ainur: freshPhone(),
      Bolat: freshPhone(),
      Gulnar: freshPhone(),
      Dina: freshPhone(),
    };
    client = await onboard(
      testApp,
      {
        Author: { right: 'NONE', phone: phones.Author },
        Ainur: { right: 'FIRST', phone: phones.Ainur },
        Bolat: { right: 'SECOND', phone: phones.Bolat },
        Gulnar: { right: 'SINGLE', phone: phones.Gulnar },
        Dina: { right: 'SINGLE', phone: phones.Dina },
      },
      { manager: manager.asStaff(), noneMayPrepare: true },
    );
    const person = (name: keyof typeof phones) => ({ ...client.users[name]!, phone: phones[name] });
    author = await clientSession(testApp, manager, person('Author'), 'LIGHT', client.binIin);
    ainur = await clientSession(testApp, manager, person('Ainur'), 'LIGHT', client.binIin);
    bolat = await clientSession(testApp, manager, person('Bolat'), 'MOBILE', client.binIin);
    gulnar = await clientSession(testApp, manager, person('Gulnar'), 'MOBILE', client.binIin);
    dina = await clientSession(testApp, manager, person('Dina'), 'MOBILE', client.binIin);
    ainurToken = await issueToken(client.users.Ainur!.id);
    gulnarToken = await issueToken(client.users.Gulnar!.id);
    bolatCard = await issueCard(client.users.Bolat!.id);
    dinaCard = await issueCard(client.users.Dina!.id);
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  /** A device issued by one manager, checked by another; its maker hands it over. */
  const issued = async (userId: string, kind: 'CARD' | 'TOKEN') =>
    handedOver(
      testApp,
      { type: 'ISSUE_OTP_DEVICE', userId, kind },
      'device',
      manager.asStaff(),
      checker.asStaff(),
    );

  async function issueCard(userId: string): Promise<CardDevice> {
    const card = await issued(userId, 'CARD');
    return {
      id: card.device.id,
      cells: card.card.cells.map((cell: { code: string }) => cell.code),
    };
  }

  async function issueToken(userId: string): Promise<TokenDevice> {
    const token = await issued(userId, 'TOKEN');
    return { id: token.device.id, secret: fromBase32(token.token.secret) };
  }

  /** The codes the server accepts from a token right now: the previous, current and next minute's. */
  const acceptedNow = (device: TokenDevice) =>
    [-60, 0, 60].map((shift) => tokenCodeAt(device.secret, Math.floor(Date.now() / 1000) + shift));
  const wrongCode = (...right: string[]) => {
    for (let n = 100_000; ; n++) if (!right.includes(String(n))) return String(n);
  };

  /**
   * A token code the server has not accepted yet. A code works once, and only a later minute's code
   * than the last accepted one passes; with one minute of drift allowed, a test can use up to the
   * next minute's code now, and waits for the clock beyond that.
   */
  async function freshTokenCode(device: TokenDevice): Promise<string> {
    for (;;) {
      const [row] = await sql<{ last_used_step: string | null }>(
        testApp,
        `SELECT last_used_step FROM otp_device WHERE id = $1`,
        [device.id],
      );
      const last = row?.last_used_step === null || !row ? -Infinity : Number(row.last_used_step);
      const current = Math.floor(Date.now() / 60_000);
      const intoMinute = Date.now() % 60_000;
      const candidates = [...(intoMinute < 50_000 ? [current - 1] : []), current, current + 1];
      const step = candidates.find((candidate) => candidate > last);
      if (step !== undefined) return tokenCodeAt(device.secret, step * 60 + 30);
      await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
    }
  }

  async function submitted(overrides: Record<string, unknown> = {}) {
    const created = await author.post('/api/documents', paymentOrder(client.payerIban, overrides));
    expect(created.status).toBe(201);
    const done = await author.post(`/api/documents/${created.body.id}/submission`);
    expect(done.status).toBe(201);
    return done.body as { id: string; contentHash: string; revision: number };
  }

  const challenge = (session: ApiSession, documentId: string) =>
    session.post(`/api/documents/${documentId}/otp-challenges`);
  const approve = (
    session: ApiSession,
    document: { id: string; contentHash: string },
    challengeId: string,
    code: string,
  ) =>
    session.post(`/api/documents/${document.id}/signatures`, {
      contentHash: document.contentHash,
      evidence: { kind: 'OTP', challengeId, code },
    });
  const stateOf = async (documentId: string) => {
    const response = await author.get(`/api/documents/${documentId}`);
    return {
      status: response.body.status,
      revision: response.body.revision,
      signatures: response.body.signatures.length,
    };
  };
  const audits = (outcome: string) =>
    sql<{ action: string; subject_id: string; details: Record<string, unknown> }>(
      testApp,
      `SELECT action, subject_id, details FROM audit_event WHERE outcome = $1 ORDER BY id`,
      [outcome],
    );

  it('approves with a token code asked for this document’s amount and payee, keeping the challenge as evidence, never the code', async () => {
    const document = await submitted();
    const asked = await challenge(ainur, document.id);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      device: 'TOKEN',
      amount: '1250.50',
      payee: { name: 'ТОО "Алатау Сауда"', iban: 'KZ476010131000179714', binIin: '940140000385' },
      documents: [{ documentId: document.id, contentHash: document.contentHash, amount: '1250.50' }],
    });
    expect(new Date(asked.body.expiresAt as string).getTime() - Date.now()).toBeLessThanOrEqual(120_000);
    const code = await freshTokenCode(ainurToken);
    const approved = await approve(ainur, document, asked.body.challengeId, code);
    expect(approved.status).toBe(201);
    expect(approved.body.signatures).toEqual([
      expect.objectContaining({
        slot: 'FIRST',
        method: 'OTP',
        channel: 'LIGHT',
        signerId: client.users.Ainur!.id,
      }),
    ]);
    const [evidence] = await sql<{ kind: string; payload: Record<string, unknown> }>(
      testApp,
      `SELECT kind, payload FROM signature_evidence WHERE document_id = $1 ORDER BY verified_at LIMIT 1`,
      [document.id],
    );
    expect(evidence).toMatchObject({
      kind: 'OTP',
      payload: { challengeId: asked.body.challengeId, digest: asked.body.digest },
    });
    expect(Object.keys(evidence!.payload)).not.toContain('code');
    expect(JSON.stringify(evidence!.payload)).not.toContain(`"${code}"`);

    // The second approval, from Mobile with the card cell the server names.
    const second = await challenge(bolat, document.id);
    expect(second.body.device).toEqual({
      card: expect.any(Number),
      serial: expect.stringMatching(/^QC\d{10}$/),
    });
    const cell = second.body.device.card as number;
    const done = await approve(bolat, document, second.body.challengeId, bolatCard.cells[cell - 1]!);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ status: 'SIGNED', awaiting: { kind: 'DISPATCH_EDS' } });
  });

  it('refuses a wrong code with the attempts left, changing nothing; the challenge still works', async () => {
    const document = await submitted();
    const asked = await challenge(gulnar, document.id);
    const before = await stateOf(document.id);
    const wrong = await approve(
      gulnar,
      document,
      asked.body.challengeId,
      wrongCode(...acceptedNow(gulnarToken)),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({
      code: 'OTP_CODE_INVALID',
      details: { field: 'code', attemptsLeft: 4 },
    });
    expect(await stateOf(document.id)).toEqual(before);
    const right = await approve(gulnar, document, asked.body.challengeId, await freshTokenCode(gulnarToken));
    expect(right.body).toMatchObject({ status: 'SIGNED', awaiting: { kind: 'DISPATCH_EDS' } });
    const refusal = (await audits('OTP_CODE_INVALID')).find(
      (row) => row.subject_id === asked.body.challengeId,
    );
    expect(refusal).toMatchObject({
      action: 'OTP_VERIFY',
      details: { attemptsLeft: 4, documentId: document.id },
    });
  });

  it('issues no code for an approval the document can only refuse, and spends none on one', async () => {
    const document = await submitted();
    const challengesOf = async (device: CardDevice) =>
      (
        await sql<{ n: number }>(
          testApp,
          `SELECT count(*)::int AS n FROM otp_challenge WHERE device_id = $1`,
          [device.id],
        )
      )[0]!.n;

    // A SECOND signer before any FIRST: refused before a challenge exists.
    const before = await challengesOf(bolatCard);
    const early = await challenge(bolat, document.id);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DOCUMENT_SECOND_BEFORE_FIRST');
    expect(await challengesOf(bolatCard)).toBe(before);

    // A challenge asked while it could still succeed, answered after the document moved on.
    const stale = await challenge(dina, document.id);
    const fresh = await challenge(dina, document.id);
    const signed = await approve(
      dina,
      document,
      fresh.body.challengeId,
      dinaCard.cells[fresh.body.device.card - 1]!,
    );
    expect(signed.body.status).toBe('SIGNED');
    const late = await approve(
      dina,
      document,
      stale.body.challengeId,
      dinaCard.cells[stale.body.device.card - 1]!,
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS');
    const [staleRow] = await sql<{ verified_at: Date | null }>(
      testApp,
      `SELECT verified_at FROM otp_challenge WHERE id = $1`,
      [stale.body.challengeId],
    );
    expect(staleRow!.verified_at).toBeNull(); // the code was never checked, so never spent
    const [device] = await sql<{ failed_attempts: number }>(
      testApp,
      `SELECT failed_attempts FROM otp_device WHERE id = $1`,
      [dinaCard.id],
    );
    expect(device!.failed_attempts).toBe(0);
  });

  it('refuses a replayed code: the same challenge again, and the same token code for another challenge', async () => {
    const first = await submitted();
    const second = await submitted({ number: '43' });
    const asked = await challenge(ainur, first.id);
    const code = await freshTokenCode(ainurToken);
    expect((await approve(ainur, first, asked.body.challengeId, code)).status).toBe(201);
    const before = await stateOf(first.id);
    const replay = await approve(ainur, first, asked.body.challengeId, code);
    expect(replay.status).toBe(409);
    // Refused for what the document knows, before the code is even looked at.
    expect(replay.body.code).toBe('DOCUMENT_ALREADY_SIGNED_BY_USER');
    expect(await stateOf(first.id)).toEqual(before);

    const other = await challenge(ainur, second.id);
    const reused = await approve(ainur, second, other.body.challengeId, code);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('OTP_CODE_ALREADY_USED');
    expect((await stateOf(second.id)).signatures).toBe(0);
  });

  it('refuses a challenge made for another document, which stays usable for its own', async () => {
    const mine = await submitted();
    const other = await submitted({ number: '44', amount: '99999.00' });
    const asked = await challenge(gulnar, mine.id);
    const code = await freshTokenCode(gulnarToken);
    const misused = await approve(gulnar, other, asked.body.challengeId, code);
    expect(misused.status).toBe(422);
    expect(misused.body.code).toBe('OTP_CHALLENGE_OTHER_DOCUMENT');
    expect(await stateOf(other.id)).toMatchObject({ signatures: 0, status: 'AWAITING_SIGNATURES' });
    expect((await approve(gulnar, mine, asked.body.challengeId, code)).status).toBe(201);
  });

  it('refuses a challenge once the document was edited: it was bound to the old content', async () => {
    const document = await submitted();
    const asked = await challenge(ainur, document.id);
    const edited = await author.put(`/api/documents/${document.id}`, {
      ...paymentOrder(client.payerIban, { amount: '1300.00' }),
      revision: document.revision,
    });
    expect(edited.body).toMatchObject({ revision: 2, amount: '1300.00' });
    // The old content is refused by the document itself; the new one by the challenge, bound to the old.
    for (const [contentHash, code] of [
      [document.contentHash, 'DOCUMENT_STALE_CONTENT'],
      [edited.body.contentHash as string, 'OTP_CHALLENGE_STALE'],
    ] as const) {
      const stale = await approve(
        ainur,
        { id: document.id, contentHash },
        asked.body.challengeId,
        await freshTokenCode(ainurToken),
      );
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe(code);
    }
    expect(await stateOf(document.id)).toMatchObject({ revision: 2, signatures: 0 });
  });

  it('refuses an expired challenge', async () => {
    const document = await submitted();
    const asked = await challenge(gulnar, document.id);
    await sql(testApp, `UPDATE otp_challenge SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      asked.body.challengeId,
    ]);
    const late = await approve(gulnar, document, asked.body.challengeId, await freshTokenCode(gulnarToken));
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('OTP_CHALLENGE_EXPIRED');
    expect((await stateOf(document.id)).signatures).toBe(0);
  });

  it('asks a random card cell each time, never the same twice in a row, and refuses another cell’s code', async () => {
    const document = await submitted();
    const cells: number[] = [];
    for (let n = 0; n < 25; n++) cells.push((await challenge(dina, document.id)).body.device.card as number);
    for (let n = 1; n < cells.length; n++) expect(cells[n]).not.toBe(cells[n - 1]);
    expect(cells.every((cell) => cell >= 1 && cell <= 35)).toBe(true);
    expect(new Set(cells).size).toBeGreaterThan(5);

    const asked = await challenge(dina, document.id);
    const cell = asked.body.device.card as number;
    const neighbour = cell === 35 ? 1 : cell + 1;
    const wrongCell = await approve(dina, document, asked.body.challengeId, dinaCard.cells[neighbour - 1]!);
    expect(wrongCell.status).toBe(422);
    expect(wrongCell.body).toMatchObject({ code: 'OTP_CARD_WRONG_CELL', details: { attemptsLeft: 4 } });
    expect((await stateOf(document.id)).signatures).toBe(0);
    const right = await approve(dina, document, asked.body.challengeId, dinaCard.cells[cell - 1]!);
    expect(right.body.status).toBe('SIGNED');
  });

  it('blocks the device after 5 wrong codes in a row, warning before the last, until a manager unblocks it', async () => {
    const document = await submitted();
    const asked = await challenge(dina, document.id);
    const right = dinaCard.cells[(asked.body.device.card as number) - 1]!;
    const wrong = wrongCode(...dinaCard.cells);
    const left: number[] = [];
    for (let n = 1; n < MAX_FAILED_CODES; n++) {
      const answer = await approve(dina, document, asked.body.challengeId, wrong);
      left.push(answer.body.details.attemptsLeft as number);
      if (n === MAX_FAILED_CODES - 1) expect(answer.body.message).toMatch(/One attempt left/);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    const last = await approve(dina, document, asked.body.challengeId, wrong);
    expect(last.status).toBe(403);
    expect(last.body).toMatchObject({ code: 'OTP_DEVICE_BLOCKED', details: { attemptsLeft: 0 } });
    const stillRight = await approve(dina, document, asked.body.challengeId, right);
    expect(stillRight.body.code).toBe('OTP_DEVICE_BLOCKED');
    expect((await challenge(dina, document.id)).body.code).toBe('OTP_DEVICE_BLOCKED');
    expect(await stateOf(document.id)).toMatchObject({ signatures: 0, status: 'AWAITING_SIGNATURES' });
    const device = await manager.get(`/api/manager/otp-devices/${dinaCard.id}`);
    expect(device.body).toMatchObject({ status: 'BLOCKED', blockedReason: 'WRONG_CODES', failedAttempts: 5 });

    await checkedChange(testApp, { type: 'UNBLOCK_OTP_DEVICE', deviceId: dinaCard.id }, manager.asStaff());
    const unblocked = await manager.get(`/api/manager/otp-devices/${dinaCard.id}`);
    expect(unblocked.body).toMatchObject({ status: 'ACTIVE', failedAttempts: 0 });
    const fresh = await challenge(dina, document.id);
    const code = dinaCard.cells[(fresh.body.device.card as number) - 1]!;
    expect((await approve(dina, document, fresh.body.challengeId, code)).body.status).toBe('SIGNED');
  });

  it('makes brute force of a 6-digit code hopeless: 40 parallel guesses get at most 5 codes checked', async () => {
    const victim = await issueReplacement(gulnarToken);
    const document = await submitted();
    const asked = await challenge(gulnar, document.id);
    const right = acceptedNow(victim);
    const guesses = Array.from({ length: 40 }, (_, n) => String(200_000 + n * 7_919)).filter(
      (g) => !right.includes(g),
    );
    const answers = await Promise.all(
      guesses.map((guess) => approve(gulnar, document, asked.body.challengeId, guess)),
    );
    const checked = answers.filter(
      (answer) =>
        answer.body.code === 'OTP_CODE_INVALID' || answer.body.details?.refusedAs === 'OTP_CODE_INVALID',
    );
    expect(checked).toHaveLength(MAX_FAILED_CODES);
    expect(
      answers.every((answer) => ['OTP_CODE_INVALID', 'OTP_DEVICE_BLOCKED'].includes(answer.body.code)),
    ).toBe(true);
    // Even the right code is refused now: at most 5 of the 10^6 codes were ever tried, a chance of 5·10⁻⁶.
    const now = await approve(gulnar, document, asked.body.challengeId, await freshTokenCode(victim));
    expect(now.body.code).toBe('OTP_DEVICE_BLOCKED');
    expect(MAX_FAILED_CODES / 1e6).toBeLessThan(1e-5);
    expect((await stateOf(document.id)).signatures).toBe(0);
    gulnarToken = await issueReplacement(victim);
  });

  it('refuses a device blocked by the manager, and a replaced device’s pending challenge', async () => {
    const document = await submitted();
    const asked = await challenge(gulnar, document.id);
    await checkedChange(testApp, { type: 'BLOCK_OTP_DEVICE', deviceId: gulnarToken.id }, manager.asStaff());
    const blocked = await approve(
      gulnar,
      document,
      asked.body.challengeId,
      await freshTokenCode(gulnarToken),
    );
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('OTP_DEVICE_BLOCKED');
    await checkedChange(testApp, { type: 'UNBLOCK_OTP_DEVICE', deviceId: gulnarToken.id }, manager.asStaff());
    const old = gulnarToken;
    gulnarToken = await issueReplacement(old);
    const replaced = await approve(gulnar, document, asked.body.challengeId, await freshTokenCode(old));
    expect(replaced.status).toBe(409);
    expect(replaced.body.code).toBe('OTP_CHALLENGE_DEVICE_CHANGED');
    expect((await stateOf(document.id)).signatures).toBe(0);
    const devices = await manager.get(`/api/manager/users/${client.users.Gulnar!.id}/otp-devices`);
    expect(devices.body.map((device: { status: string }) => device.status)).toEqual(
      expect.arrayContaining(['ACTIVE', 'REVOKED']),
    );
  });

  it('refuses a blocked user: blocking ends their sessions at once', async () => {
    const document = await submitted();
    const asked = await challenge(gulnar, document.id);
    await checkedChange(testApp, { type: 'BLOCK_USER', userId: client.users.Gulnar!.id }, manager.asStaff());
    try {
      const refused = await approve(
        gulnar,
        document,
        asked.body.challengeId,
        await freshTokenCode(gulnarToken),
      );
      expect(refused.status).toBe(401);
      expect((await stateOf(document.id)).signatures).toBe(0);
    } finally {
      await checkedChange(
        testApp,
        { type: 'UNBLOCK_USER', userId: client.users.Gulnar!.id },
        manager.asStaff(),
      );
      // Blocking ended Gulnar's session: she logs in again (a new temporary password by SMS).
      const [row] = await sql<{ phone: string }>(testApp, `SELECT phone FROM client_user WHERE id = $1`, [
        client.users.Gulnar!.id,
      ]);
      const phone = row!.phone;
      gulnar = await clientSession(
        testApp,
        manager,
        { ...client.users.Gulnar!, phone },
        'MOBILE',
        client.binIin,
      );
    }
  });

  it('keeps a session of organization A away from organization B’s documents, and audits the attempts', async () => {
    const document = await submitted();
    const phone = freshPhone();
    const other = await onboard(
      testApp,
      { Outsider: { right: 'SINGLE', phone } },
      { manager: manager.asStaff() },
    );
    const outsider = await clientSession(
      testApp,
      manager,
      { ...other.users.Outsider!, phone },
      'LIGHT',
      other.binIin,
    );
    await issueToken(other.users.Outsider!.id);
    expect((await outsider.get(`/api/documents/${document.id}`)).status).toBe(404);
    expect((await challenge(outsider, document.id)).body.code).toBe('DOCUMENT_NOT_FOUND');
    const signed = await outsider.post(`/api/documents/${document.id}/signatures`, {
      contentHash: document.contentHash,
      evidence: { kind: 'OTP', challengeId: '00000000-0000-4000-8000-000000000000', code: '123456' },
    });
    expect(signed.status).toBe(404);
    expect((await stateOf(document.id)).signatures).toBe(0);
    const audited = await sql(
      testApp,
      `SELECT 1 FROM audit_event WHERE action = 'DOCUMENT_ACCESS' AND actor_id = $1 AND subject_id = $2`,
      [other.users.Outsider!.id, document.id],
    );
    expect(audited).toHaveLength(3);
  });

  it('lets Mobile approve and view but not create payments; Light creates them; OTP is not how Standard signs', async () => {
    const before = (await gulnar.get('/api/documents')).body.total as number;
    const refused = await gulnar.post('/api/documents', paymentOrder(client.payerIban));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH_CHANNEL_FUNCTION_NOT_ALLOWED');
    expect((await gulnar.get('/api/documents')).body.total).toBe(before);
    const audited = await sql(
      testApp,
      `SELECT 1 FROM audit_event WHERE outcome = 'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED' AND actor_id = $1`,
      [client.users.Gulnar!.id],
    );
    expect(audited.length).toBeGreaterThan(0);

    const standard = await clientSession(testApp, manager, client.users.Ainur!, 'STANDARD');
    const document = await submitted();
    const asked = await challenge(standard, document.id);
    expect(asked.status).toBe(403);
    expect(asked.body.code).toBe('OTP_NOT_OFFERED_IN_CHANNEL');
  });

  it('approves a batch with one code bound to the total and every payee, each document once', async () => {
    const documents = [
      await submitted({ number: 'B-1', amount: '100.00' }),
      await submitted({
        number: 'B-2',
        amount: '250.25',
        beneficiary: { ...paymentOrder(client.payerIban).beneficiary, name: 'ТОО "Жетісу Трейд"' },
      }),
      await submitted({ number: 'B-3', amount: '0.75' }),
    ];
    const asked = await gulnar.post('/api/documents/otp-challenges', {
      documentIds: documents.map((d) => d.id),
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ device: 'TOKEN', amount: '351.00' });
    expect(asked.body.payee).toBeUndefined();
    expect(asked.body.documents.map((d: { payee: { name: string } }) => d.payee.name)).toEqual([
      'ТОО "Алатау Сауда"',
      'ТОО "Жетісу Трейд"',
      'ТОО "Алатау Сауда"',
    ]);
    const wrong = await gulnar.post('/api/documents/otp-approvals', {
      challengeId: asked.body.challengeId,
      code: wrongCode(...acceptedNow(gulnarToken)),
    });
    expect(wrong.body.code).toBe('OTP_CODE_INVALID');
    for (const document of documents) expect((await stateOf(document.id)).signatures).toBe(0);

    const code = await freshTokenCode(gulnarToken);
    const approved = await gulnar.post('/api/documents/otp-approvals', {
      challengeId: asked.body.challengeId,
      code,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.approved).toBe(3);
    expect(approved.body.results.map((result: { documentId: string }) => result.documentId)).toEqual(
      documents.map((d) => d.id),
    );
    const again = await gulnar.post('/api/documents/otp-approvals', {
      challengeId: asked.body.challengeId,
      code,
    });
    expect(again.body.approved).toBe(0);
    // Each signed once: a second approval is refused by the documents themselves.
    expect(again.body.results.map((result: { error: { code: string } }) => result.error.code)).toEqual([
      'DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS',
      'DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS',
      'DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS',
    ]);
    const notAwaiting = await gulnar.post('/api/documents/otp-challenges', {
      documentIds: [documents[0]!.id, (await submitted()).id],
    });
    expect(notAwaiting.status).toBe(409);
    expect(notAwaiting.body.code).toBe('OTP_DOCUMENT_NOT_AWAITING_APPROVAL');
  });

  async function issueReplacement(device: TokenDevice): Promise<TokenDevice> {
    const replaced = await checkedChange(
      testApp,
      { type: 'REPLACE_OTP_DEVICE', deviceId: device.id, kind: 'TOKEN' },
      manager.asStaff(),
    );
    const handover = await manager.post(
      `/api/manager/change-requests/${replaced.id as string}/envelopes/device`,
    );
    expect(handover.status).toBe(200);
    return { id: handover.body.contents.device.id, secret: fromBase32(handover.body.contents.token.secret) };
  }
});
