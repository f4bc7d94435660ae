import { temporaryPasswordIn as temporaryPasswordOf } from '@qoltanba/testing/sms';
import { randomBytes } from 'node:crypto';
import { expect } from '@jest/globals';
import type { Channel } from '@qoltanba/workflows/domain';
import request from 'supertest';
import pg from 'pg';
import { StaffUsersService } from '../../src/auth/staff/staff-users.service.js';
import type { StaffRole } from '../../src/access/identity.js';
import { SecretBox } from '../../src/common/crypto/secret-box.js';
import { checkedChange, handedOver } from './manager-changes.js';
import type { ManagerAuth } from './onboarding.js';
import type { TestApp } from './test-app.js';

export const CSRF_HEADER = 'x-csrf-token';

/**
 * A logged-in browser, as far as the API can tell: a cookie jar (supertest agent) holding the
 * HttpOnly session cookie, and the CSRF token sent with every state-changing request.
 */
export class ApiSession {
  constructor(
    readonly agent: ReturnType<typeof request.agent>,
    public csrfToken: string,
    readonly view: { principal: Record<string, unknown>; passwordChangeRequired: boolean },
  ) {}

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    const call = this.agent.post(path).set(CSRF_HEADER, this.csrfToken);
    return body === undefined ? call : call.send(body);
  }

  put(path: string, body: object) {
    return this.agent.put(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  patch(path: string, body: object) {
    return this.agent.patch(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  /** A cookie the browser holds for the API's paths (the session cookie is HttpOnly: only tests see it). */
  cookie(name: string): string | undefined {
    return this.agent.jar
      .getCookies({ domain: '127.0.0.1', path: '/api', secure: false, script: false })
      .find((cookie) => cookie.name === name)?.value;
  }

  /** For helpers written against headers (onboard): the agent and the CSRF header. */
  asStaff(): ManagerAuth {
    return { http: () => this.agent, headers: { [CSRF_HEADER]: this.csrfToken } };
  }
}

/** Logs in and, when the answer is 200, wraps the agent that now holds the cookies. */
export async function logIn(
  testApp: TestApp,
  path: '/api/auth/login/standard' | '/api/auth/login/phone' | '/api/auth/staff/login',
  body: object,
): Promise<{ response: request.Response; session?: ApiSession }> {
  const agent = request.agent(testApp.app.getHttpServer());
  const response = await agent.post(path).send(body);
  if (response.status !== 200) return { response };
  return { response, session: new ApiSession(agent, response.body.csrfToken as string, response.body) };
}

/** A staff member created directly in the database (no staff-admin API yet), logged in for real. */
export async function staffSession(testApp: TestApp, role: StaffRole = 'MANAGER'): Promise<ApiSession> {
  const login = `staff.${randomBytes(4).toString('hex')}`;
  const password = `pw${randomBytes(4).toString('hex')}1`;
  await testApp.app.get(StaffUsersService).create({ login, fullName: `Test ${role}`, role, password });
  const { response, session } = await logIn(testApp, '/api/auth/staff/login', { login, password });
  expect(response.status).toBe(200);
  return session!;
}

/** The newest SMS the outbox holds for a phone, opened as the phone would show it. */
export async function latestSms(testApp: TestApp, phone: string): Promise<string> {
  const db = new pg.Client({ connectionString: testApp.database.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; text_sealed: string }>(
      `SELECT id, text_sealed FROM sms_outbox WHERE phone = $1 ORDER BY created_at DESC LIMIT 1`,
      [phone],
    );
    if (!rows[0]) throw new Error(`no SMS to ${phone}`);
    return testApp.app.get(SecretBox).open(rows[0].text_sealed, `sms:${rows[0].id}`).toString('utf8');
  } finally {
    await db.end();
  }
}

let passwordSequence = 0;
/** A fresh password satisfying the policy (6–10 characters, a letter and a digit). */
export function newPassword(): string {
  passwordSequence++;
  return `Pw${String(passwordSequence).padStart(4, '0')}${randomBytes(1).toString('hex')}`.slice(0, 10);
}

/**
 * A client user's first log-in done for real: the manager issues Standard credentials (or sends
 * the temporary Light/Mobile password by SMS), checked by a second manager; the user logs in with
 * them and sets a password. Needs a worker on the app's task queue.
 */
export async function clientSession(
  testApp: TestApp,
  manager: ApiSession,
  user: { id: string; phone?: string },
  channel: Channel,
  binIin?: string,
): Promise<ApiSession & { password: string; login?: string }> {
  const password = newPassword();
  let first: Awaited<ReturnType<typeof logIn>>;
  let login: string | undefined;
  let temporary: string;
  const checker = (await checkerOf(testApp)).asStaff();
  if (channel === 'STANDARD') {
    const { standard } = await handedOver(
      testApp,
      { type: 'ISSUE_STANDARD_CREDENTIALS', userId: user.id },
      'credentials',
      manager.asStaff(),
      checker,
    );
    login = standard.login as string;
    temporary = standard.password as string;
    first = await logIn(testApp, '/api/auth/login/standard', { login, password: temporary });
  } else {
    await checkedChange(
      testApp,
      { type: 'SEND_TEMPORARY_PASSWORD', userId: user.id },
      manager.asStaff(),
      checker,
    );
    temporary = temporaryPasswordOf(await latestSms(testApp, user.phone!));
    first = await logIn(testApp, '/api/auth/login/phone', {
      phone: user.phone,
      binIin,
      password: temporary,
      channel,
    });
  }
  expect(first.response.status).toBe(200);
  expect(first.response.body.passwordChangeRequired).toBe(true);
  const changed = await first.session!.post('/api/auth/password', {
    currentPassword: temporary,
    newPassword: password,
  });
  expect(changed.status).toBe(200);
  const session = new ApiSession(first.session!.agent, changed.body.csrfToken as string, changed.body);
  return Object.assign(session, { password, ...(login ? { login } : {}) });
}

const checkers = new WeakMap<TestApp, Promise<ApiSession>>();
/** A second manager of the app, logged in once: the checker of the changes a session's helper makes. */
function checkerOf(testApp: TestApp): Promise<ApiSession> {
  let checker = checkers.get(testApp);
  if (!checker) checkers.set(testApp, (checker = staffSession(testApp, 'MANAGER')));
  return checker;
}

/** Runs SQL against a test app's database (time travel for timeouts, state checks). */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  testApp: TestApp,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const db = new pg.Client({ connectionString: testApp.database.url });
  await db.connect();
  try {
    return (await db.query<T>(text, params)).rows;
  } finally {
    await db.end();
  }
}

let phoneSequence = 0;
/** A distinct Kazakh mobile number per call within the process. */
export function freshPhone(): string {
  phoneSequence++;
  return `+7708${String(process.pid % 1000).padStart(3, '0')}${String(phoneSequence).padStart(4, '0')}`;
}

export { temporaryPasswordOf };
