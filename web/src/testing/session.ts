import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ClientPrincipal, SessionView } from '../app/core/auth/session';
import { SessionStore } from '../app/core/auth/session.store';
import { nextRequest, refuse } from './http';

/** A logged-in client user; the defaults are a Standard-channel single signer. */
export function aClient(overrides: Partial<ClientPrincipal> = {}): ClientPrincipal {
  return {
    kind: 'CLIENT',
    userId: 'user-1',
    fullName: 'Aigerim Nurlanovna',
    organizationId: 'org-1',
    organizationName: 'Dala Trade LLP',
    channel: 'STANDARD',
    signatureRight: 'SINGLE',
    mayPrepare: overrides.signatureRight !== 'NONE',
    ...overrides,
  };
}

export function aSession(principal: ClientPrincipal = aClient()): SessionView {
  return {
    principal,
    passwordChangeRequired: false,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00Z',
  };
}

/** Plays the server's answer to `GET /api/auth/session`: this session, or none (401). */
export async function answerSession(
  http: HttpTestingController,
  session: SessionView | 'signed-out',
): Promise<void> {
  const request = await nextRequest(http, '/api/auth/session');
  if (session === 'signed-out') refuse(request, 401, 'AUTH_UNAUTHENTICATED');
  else request.flush(session);
}

/** Logs this user in as a page reload would: the app asks the server, which knows the session. */
export async function signIn(
  http: HttpTestingController,
  principal: ClientPrincipal = aClient(),
): Promise<void> {
  const loading = TestBed.inject(SessionStore).ensureLoaded();
  await answerSession(http, aSession(principal));
  await loading;
}
