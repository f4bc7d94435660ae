import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ModulesContainer } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import type request from 'supertest';
import { ACCESS_KEY, type Access } from '../../src/access/access.decorators.js';
import { CHANNEL_FUNCTION_KEY } from '../../src/access/channel-function.decorator.js';
import { onboard, type Onboarded } from '../support/onboarding.js';
import {
  ApiSession,
  clientSession,
  freshPhone,
  latestSms,
  logIn,
  sql,
  staffSession,
  temporaryPasswordOf,
} from '../support/sessions.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from '../support/test-app.js';
import { checkedChange, handedOver } from '../support/manager-changes.js';

const cookieOf = (response: request.Response, name: string) =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${name}=`));

describe('log-in and sessions', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let manager: ApiSession;
  let client: Onboarded;
  const phones = { ainur: freshPhone(), bolat: freshPhone(), dana: freshPhone() };

  beforeAll(async () => {
    // Proxy headers are believed for one hop, so each test can come from an address of its own.
    testApp = await startTestApp({ env: { TRUST_PROXY_HOPS: '1', LOGIN_MAX_FAILURES_PER_IP: '20' } });
    worker = await startTestWorker(testApp);
    manager = await staffSession(testApp, 'MANAGER');
    client = await onboard(
      testApp,
      {
        Ainur: { right: 'FIRST', phone: phones.ainur },
        Bolat: { right: 'SECOND', phone: phones.bolat, channels: ['STANDARD', 'LIGHT'] },
        Dana: { right: 'SINGLE', phone: phones.dana },
        Erlan: { right: 'SINGLE' },
      },
      { manager: manager.asStaff() },
    );
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const user = (name: string) => ({
    ...client.users[name]!,
    phone: (phones as Record<string, string>)[name.toLowerCase()],
  });
  const auditOutcomes = async (action: string, actorId: string) =>
    (
      await sql<{ outcome: string }>(
        testApp,
        `SELECT outcome FROM audit_event WHERE action = $1 AND actor_id = $2 ORDER BY id`,
        [action, actorId],
      )
    ).map((row) => row.outcome);

  it('Standard: the issued password opens a session that may only change it; then the Standard channel works', async () => {
    const checker = await staffSession(testApp, 'MANAGER');
    const { standard } = await handedOver(
      testApp,
      { type: 'ISSUE_STANDARD_CREDENTIALS', userId: user('Erlan').id },
      'credentials',
      manager.asStaff(),
      checker.asStaff(),
    );
    expect(standard.login).toMatch(/^qb\d{6}_[a-z]{8}$/);
    const { response, session } = await logIn(testApp, '/api/auth/login/standard', {
      login: standard.login,
      password: standard.password,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      principal: { kind: 'CLIENT', userId: user('Erlan').id, channel: 'STANDARD', signatureRight: 'SINGLE' },
      passwordChangeRequired: true,
      idleTimeoutSeconds: 300,
    });
    const sessionCookie = cookieOf(response, 'qoltanba_session')!;
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Strict/);
    expect(sessionCookie).toMatch(/Path=\/api/);
    expect(sessionCookie).not.toMatch(/Secure/); // plain HTTP here; Secure whenever the request came over TLS
    const csrfCookie = cookieOf(response, 'qoltanba_csrf')!;
    expect(csrfCookie).toContain(`qoltanba_csrf=${response.body.csrfToken as string}`);
    expect(csrfCookie).not.toMatch(/HttpOnly/);

    const blocked = await session!.get('/api/documents');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await session!.get('/api/auth/session')).body.passwordChangeRequired).toBe(true);

    const tooLong = await session!.post('/api/auth/password', {
      currentPassword: standard.password,
      newPassword: 'abcdefgh123',
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body).toMatchObject({
      code: 'AUTH_PASSWORD_POLICY_VIOLATED',
      details: { field: 'newPassword', violations: [{ code: 'LENGTH' }] },
    });
    const changed = await session!.post('/api/auth/password', {
      currentPassword: standard.password,
      newPassword: 'Erlan2026',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.passwordChangeRequired).toBe(false);
    const fresh = new ApiSession(session!.agent, changed.body.csrfToken as string, changed.body);
    expect((await fresh.get('/api/documents')).status).toBe(200);

    const again = await logIn(testApp, '/api/auth/login/standard', {
      login: standard.login,
      password: 'Erlan2026',
    });
    expect(again.response.body.passwordChangeRequired).toBe(false);
    const old = await logIn(testApp, '/api/auth/login/standard', {
      login: standard.login,
      password: standard.password,
    });
    expect(old.response.status).toBe(401);
  });

  it('Light/Mobile: the temporary password goes by SMS, sealed in the outbox; phone + BIN + password opens the channel asked for', async () => {
    const sent = await checkedChange(
      testApp,
      { type: 'SEND_TEMPORARY_PASSWORD', userId: user('Ainur').id },
      manager.asStaff(),
    );
    expect(sent.outcome.sentTo).toBe(`${phones.ainur.slice(0, 5)}***${phones.ainur.slice(-4)}`);
    const sms = await latestSms(testApp, phones.ainur);
    const temporary = temporaryPasswordOf(sms);
    const stored = await sql<{ text_sealed: string }>(
      testApp,
      `SELECT text_sealed FROM sms_outbox WHERE id = $1`,
      [sent.outcome.smsId],
    );
    expect(stored[0]!.text_sealed).not.toContain(temporary);

    const first = await logIn(testApp, '/api/auth/login/phone', {
      phone: phones.ainur,
      binIin: client.binIin,
      password: temporary,
      channel: 'MOBILE',
    });
    expect(first.response.status).toBe(200);
    expect(first.response.body).toMatchObject({
      principal: { channel: 'MOBILE', organizationId: client.organizationId },
      passwordChangeRequired: true,
    });
    const changed = await first.session!.post('/api/auth/password', {
      currentPassword: temporary,
      newPassword: 'Ainur123',
    });
    expect(changed.status).toBe(200);
    const light = await logIn(testApp, '/api/auth/login/phone', {
      phone: phones.ainur,
      binIin: client.binIin,
      password: 'Ainur123',
      channel: 'LIGHT',
    });
    expect(light.response.body.principal.channel).toBe('LIGHT');

    // The language chosen in the web app is the language of the bank's next SMS.
    expect((await light.session!.put('/api/auth/language', { language: 'kk' })).status).toBe(204);
    expect((await light.session!.put('/api/auth/language', { language: 'de' })).status).toBe(400);
    await checkedChange(
      testApp,
      { type: 'SEND_TEMPORARY_PASSWORD', userId: user('Ainur').id },
      manager.asStaff(),
    );
    expect(await latestSms(testApp, phones.ainur)).toMatch(/^Qoltanba: уақытша құпиясөзіңіз \S+\. /);
  });

  it('never says which factor of a failed log-in was wrong', async () => {
    const dana = await clientSession(testApp, manager, user('Dana'), 'LIGHT', client.binIin);
    const attempt = (body: object) =>
      testApp.http().post('/api/auth/login/phone').set('x-forwarded-for', '10.1.0.1').send(body);
    const right = { phone: phones.dana, binIin: client.binIin, password: dana.password, channel: 'LIGHT' };
    const answers = [
      await attempt({ ...right, phone: freshPhone() }),
      await attempt({ ...right, binIin: '940140000385' }),
      await attempt({ ...right, password: 'Wrong123' }),
      await testApp
        .http()
        .post('/api/auth/login/standard')
        .set('x-forwarded-for', '10.1.0.1')
        .send({ login: 'qb000000_nobody', password: 'Wrong123' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({
        code: 'AUTH_INVALID_CREDENTIALS',
        message: 'The log-in details are not correct.',
      });
    }
    expect((await attempt(right)).status).toBe(200);
    const outcomes = await auditOutcomes('AUTH_LOGIN', user('Dana').id);
    expect(outcomes.slice(-2)).toEqual(['AUTH_INVALID_CREDENTIALS', 'SUCCESS']);
  });

  it('blocks the user at the third wrong Standard password in a row, ends their sessions, until a manager unblocks', async () => {
    const bolat = await clientSession(testApp, manager, user('Bolat'), 'STANDARD');
    const attempt = (password: string) =>
      testApp
        .http()
        .post('/api/auth/login/standard')
        .set('x-forwarded-for', '10.2.0.1')
        .send({ login: bolat.login, password });
    expect((await attempt('Wrong001')).body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect((await attempt('Wrong002')).body.code).toBe('AUTH_INVALID_CREDENTIALS');
    const third = await attempt('Wrong003');
    expect(third.status).toBe(403);
    expect(third.body.code).toBe('AUTH_USER_BLOCKED');
    const right = await attempt(bolat.password);
    expect(right.status).toBe(403);
    expect(right.body.code).toBe('AUTH_USER_BLOCKED');
    expect((await bolat.get('/api/documents')).status).toBe(401);

    await checkedChange(testApp, { type: 'UNBLOCK_USER', userId: user('Bolat').id }, manager.asStaff());
    expect((await attempt('Wrong004')).body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect((await attempt(bolat.password)).status).toBe(200);
    expect(await auditOutcomes('AUTH_LOGIN', user('Bolat').id)).toEqual([
      'SUCCESS', // first log-in with the issued password
      'AUTH_INVALID_CREDENTIALS',
      'AUTH_INVALID_CREDENTIALS',
      'AUTH_USER_BLOCKED',
      'AUTH_USER_BLOCKED',
      'AUTH_INVALID_CREDENTIALS',
      'SUCCESS',
    ]);
  });

  it('lets no burst of parallel wrong passwords past the limit of three', async () => {
    const target = await clientSession(testApp, manager, user('Bolat'), 'STANDARD');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        testApp
          .http()
          .post('/api/auth/login/standard')
          .set('x-forwarded-for', `10.3.0.${n + 1}`)
          .send({ login: target.login, password: `Guess${n}x` }),
      ),
    );
    expect(guesses.every((guess) => [401, 403].includes(guess.status))).toBe(true);
    const [row] = await sql<{ status: string }>(testApp, `SELECT status FROM client_user WHERE id = $1`, [
      user('Bolat').id,
    ]);
    expect(row!.status).toBe('BLOCKED');
    await checkedChange(testApp, { type: 'UNBLOCK_USER', userId: user('Bolat').id }, manager.asStaff());
  });

  it('throttles failed log-ins per account and per address', async () => {
    const member = await staffSession(testApp, 'OPERATOR');
    const login = member.view.principal as { staffId: string };
    const [account] = await sql<{ login: string }>(testApp, `SELECT login FROM staff_user WHERE id = $1`, [
      login.staffId,
    ]);
    const staffAttempt = (password: string, ip: string) =>
      testApp
        .http()
        .post('/api/auth/staff/login')
        .set('x-forwarded-for', ip)
        .send({ login: account!.login, password });
    for (let n = 0; n < 5; n++) expect((await staffAttempt('nope', `10.4.0.${n}`)).status).toBe(401);
    const throttled = await staffAttempt('nope', '10.4.1.1');
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({
      code: 'AUTH_TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: expect.any(Number) },
    });

    for (let n = 0; n < 20; n++) {
      await testApp
        .http()
        .post('/api/auth/login/standard')
        .set('x-forwarded-for', '10.5.0.1')
        .send({ login: `qb00000${n}_unknown`, password: 'Guess123' });
    }
    const fromFlood = await testApp
      .http()
      .post('/api/auth/staff/login')
      .set('x-forwarded-for', '10.5.0.1')
      .send({ login: 'anyone', password: 'Guess123' });
    expect(fromFlood.status).toBe(429);
    const elsewhere = await testApp
      .http()
      .post('/api/auth/staff/login')
      .set('x-forwarded-for', '10.5.0.2')
      .send({ login: 'anyone', password: 'Guess123' });
    expect(elsewhere.status).toBe(401);
  });

  it('ends a session after 5 idle minutes and at its absolute cap; activity keeps it alive', async () => {
    const dana = await clientSession(testApp, manager, user('Dana'), 'MOBILE', client.binIin);
    const sessionId = () =>
      sql<{ id: string }>(
        testApp,
        `SELECT id FROM user_session WHERE client_user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
        [user('Dana').id],
      ).then((rows) => rows[0]!.id);
    const id = await sessionId();
    await sql(
      testApp,
      `UPDATE user_session SET last_seen_at = now() - interval '290 seconds' WHERE id = $1`,
      [id],
    );
    expect((await dana.get('/api/documents')).status).toBe(200);
    await sql(
      testApp,
      `UPDATE user_session SET last_seen_at = now() - interval '290 seconds' WHERE id = $1`,
      [id],
    );
    expect((await dana.get('/api/documents')).status).toBe(200);
    await sql(
      testApp,
      `UPDATE user_session SET last_seen_at = now() - interval '301 seconds' WHERE id = $1`,
      [id],
    );
    const idle = await dana.get('/api/documents');
    expect(idle.status).toBe(401);
    expect(idle.body.code).toBe('AUTH_SESSION_EXPIRED');
    // Ended for good: the refused request did not revive it.
    expect((await dana.get('/api/documents')).status).toBe(401);

    const capped = await logIn(testApp, '/api/auth/login/phone', {
      phone: phones.dana,
      binIin: client.binIin,
      password: dana.password,
      channel: 'MOBILE',
    });
    await sql(testApp, `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      await sessionId(),
    ]);
    expect((await capped.session!.get('/api/documents')).body.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('gives staff their own idle limit of 15 minutes, told in the session', async () => {
    const member = await staffSession(testApp, 'MANAGER');
    expect((await member.get('/api/auth/session')).body.idleTimeoutSeconds).toBe(900);
    const staffId = (member.view.principal as { staffId: string }).staffId;
    const idleFor = (seconds: number) =>
      sql(
        testApp,
        `UPDATE user_session SET last_seen_at = now() - make_interval(secs => $2) WHERE staff_user_id = $1`,
        [staffId, seconds],
      );
    await idleFor(600);
    expect((await member.get('/api/manager/change-requests')).status).toBe(200);
    await idleFor(901);
    expect((await member.get('/api/manager/change-requests')).body.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('revokes the session at log-out: the old cookie opens nothing', async () => {
    const dana = await clientSession(testApp, manager, user('Dana'), 'LIGHT', client.binIin);
    const probe = await dana.get('/api/auth/session');
    expect(probe.status).toBe(200);
    const cookies = `qoltanba_session=${dana.cookie('qoltanba_session')}`;
    const out = await dana.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(cookieOf(out, 'qoltanba_session')).toMatch(/Expires=Thu, 01 Jan 1970/);
    const replay = await testApp.http().get('/api/documents').set('cookie', cookies);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('refuses a state-changing request without the session’s CSRF token, and audits it', async () => {
    const dana = await clientSession(testApp, manager, user('Dana'), 'LIGHT', client.binIin);
    const missing = await dana.agent.post('/api/auth/logout');
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('AUTH_CSRF_TOKEN_INVALID');
    const forged = await dana.agent.post('/api/auth/logout').set('x-csrf-token', 'forged-token');
    expect(forged.body.code).toBe('AUTH_CSRF_TOKEN_INVALID');
    expect((await dana.get('/api/auth/session')).status).toBe(200);
    const outcomes = await auditOutcomes('ACCESS', user('Dana').id);
    expect(outcomes.filter((outcome) => outcome === 'AUTH_CSRF_TOKEN_INVALID')).toHaveLength(2);
  });

  it('rotates an aging session token; the previous one works only for a short grace', async () => {
    const dana = await clientSession(testApp, manager, user('Dana'), 'LIGHT', client.binIin);
    const [row] = await sql<{ id: string }>(
      testApp,
      `SELECT id FROM user_session WHERE client_user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [user('Dana').id],
    );
    const before = dana.cookie('qoltanba_session');
    await sql(
      testApp,
      `UPDATE user_session SET token_issued_at = now() - interval '3 minutes' WHERE id = $1`,
      [row!.id],
    );
    const rotated = await dana.get('/api/documents');
    expect(rotated.status).toBe(200);
    expect(cookieOf(rotated, 'qoltanba_session')).toBeDefined();
    const after = dana.cookie('qoltanba_session');
    expect(after).not.toBe(before);
    const withOld = () => testApp.http().get('/api/documents').set('cookie', `qoltanba_session=${before!}`);
    expect((await withOld()).status).toBe(200);
    await sql(testApp, `UPDATE user_session SET previous_valid_until = now() WHERE id = $1`, [row!.id]);
    expect((await withOld()).status).toBe(401);
    expect((await dana.get('/api/documents')).status).toBe(200);
  });

  it('ends the session a browser already had when it logs in again', async () => {
    const dana = await clientSession(testApp, manager, user('Dana'), 'LIGHT', client.binIin);
    const old = dana.cookie('qoltanba_session');
    const relog = await dana.agent
      .post('/api/auth/login/phone')
      .send({ phone: phones.dana, binIin: client.binIin, password: dana.password, channel: 'LIGHT' });
    expect(relog.status).toBe(200);
    expect(
      (await testApp.http().get('/api/documents').set('cookie', `qoltanba_session=${old!}`)).status,
    ).toBe(401);
  });

  it('opens only a channel enabled for the user, and keeps staff and clients to their own side', async () => {
    const bolat = user('Bolat'); // Standard and Light only
    await checkedChange(testApp, { type: 'SEND_TEMPORARY_PASSWORD', userId: bolat.id }, manager.asStaff());
    const temporary = temporaryPasswordOf(await latestSms(testApp, phones.bolat));
    const mobile = await logIn(testApp, '/api/auth/login/phone', {
      phone: phones.bolat,
      binIin: client.binIin,
      password: temporary,
      channel: 'MOBILE',
    });
    expect(mobile.response.status).toBe(403);
    expect(mobile.response.body.code).toBe('AUTH_CHANNEL_NOT_ENABLED');

    const operator = await staffSession(testApp, 'OPERATOR');
    const asOperator = await operator.post('/api/manager/change-requests', {});
    expect(asOperator.status).toBe(403);
    expect(asOperator.body.code).toBe('AUTH_FORBIDDEN_FOR_ROLE');
    expect((await operator.get('/api/documents')).body.code).toBe('AUTH_FORBIDDEN_FOR_ROLE');
    const dana = await clientSession(testApp, manager, user('Dana'), 'LIGHT', client.binIin);
    const asClient = await dana.get(`/api/manager/organizations/${client.organizationId}`);
    expect(asClient.status).toBe(403);
    expect(await auditOutcomes('ACCESS', user('Dana').id)).toContain('AUTH_FORBIDDEN_FOR_ROLE');
  });

  it('keeps the audit trail append-only', async () => {
    await expect(sql(testApp, `UPDATE audit_event SET outcome = 'SUCCESS'`)).rejects.toThrow(/append-only/);
    await expect(sql(testApp, `DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    const secrets = await sql<{ details: string }>(testApp, `SELECT details::text FROM audit_event`);
    expect(secrets.length).toBeGreaterThan(20);
    expect(
      secrets.filter((row) =>
        /"(password|currentPassword|newPassword|code|pin|secret)"\s*:/i.test(row.details),
      ),
    ).toEqual([]);
  });

  it('declares an access on every route, and a channel function on every client route', () => {
    const undeclared: string[] = [];
    for (const module of testApp.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!controller) continue;
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = (controller.prototype as Record<string, unknown>)[name];
          if (name === 'constructor' || typeof handler !== 'function') continue;
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          const access = (Reflect.getMetadata(ACCESS_KEY, handler) ??
            Reflect.getMetadata(ACCESS_KEY, controller)) as Access | undefined;
          const fn =
            Reflect.getMetadata(CHANNEL_FUNCTION_KEY, handler) ??
            Reflect.getMetadata(CHANNEL_FUNCTION_KEY, controller);
          if (!access || (access.kind === 'CLIENT' && !fn)) undeclared.push(`${controller.name}.${name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });
});
