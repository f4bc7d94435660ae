import type { CookieOptions, Request, Response } from 'express';

/**
 * The session travels in two cookies, both SameSite=Strict and Secure when the request came over TLS:
 * - `qoltanba_session`: the session token, HttpOnly (scripts never see it), Path=/api;
 * - `qoltanba_csrf`: the session's CSRF token, readable by the page, which echoes it in the
 *   `X-CSRF-Token` header of every state-changing request (the server compares it with the hash it
 *   keeps for the session: a synchronizer token delivered the double-submit way).
 */
export const SESSION_COOKIE = 'qoltanba_session';
export const CSRF_COOKIE = 'qoltanba_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads one cookie from the Cookie header (no cookie-parser needed for two names). */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : undefined;
  }
  return undefined;
}

function options(request: Request, httpOnly: boolean, path: string): CookieOptions {
  return { httpOnly, secure: request.secure, sameSite: 'strict', path };
}

/** Session cookies without Max-Age: they end with the browser; the server ends them sooner. */
export function setSessionCookies(
  request: Request,
  response: Response,
  tokens: { sessionToken: string; csrfToken?: string },
): void {
  response.cookie(SESSION_COOKIE, tokens.sessionToken, options(request, true, '/api'));
  if (tokens.csrfToken) response.cookie(CSRF_COOKIE, tokens.csrfToken, options(request, false, '/'));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, options(request, true, '/api'));
  response.clearCookie(CSRF_COOKIE, options(request, false, '/'));
}
