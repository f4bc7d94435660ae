import { describe, expect, it } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { AgentRefusal } from '../core/signer/signing-agent';
import { loginErrorKey } from './login-errors';

function answer(status: number, code?: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: code ? { code, message: code, details: {} } : 'Bad gateway',
  });
}

describe(loginErrorKey.name, () => {
  it('gives one message for every refusal of the credentials, whichever factor was wrong', () => {
    const keys = new Set(
      [
        answer(401, 'AUTH_INVALID_CREDENTIALS'),
        answer(401, 'AUTH_UNKNOWN_PHONE'),
        answer(404, 'AUTH_USER_NOT_FOUND'),
        answer(400, 'VALIDATION_FAILED'),
        answer(401),
      ].map(loginErrorKey),
    );

    expect([...keys]).toEqual(['login.errors.invalid']);
  });

  it('tells a blocked user, a user without the channel, and one who tried too often, what to do', () => {
    expect(loginErrorKey(answer(403, 'AUTH_USER_BLOCKED'))).toBe('login.errors.blocked');
    expect(loginErrorKey(answer(403, 'AUTH_CHANNEL_NOT_ENABLED'))).toBe('login.errors.channel');
    expect(loginErrorKey(answer(429, 'AUTH_TOO_MANY_ATTEMPTS'))).toBe('login.errors.tooMany');
    expect(loginErrorKey(answer(429))).toBe('login.errors.tooMany');
  });

  it('does not blame the user’s details for a server failure or a lost connection', () => {
    expect(loginErrorKey(answer(502))).toBe('common.errors.unexpected');
    expect(loginErrorKey(answer(503, 'SERVICE_UNAVAILABLE'))).toBe('common.errors.unavailable');
    expect(loginErrorKey(new HttpErrorResponse({ status: 0 }))).toBe('common.errors.network');
  });

  it('explains a refused EDS log-in and the signing program’s own refusals', () => {
    expect(loginErrorKey(answer(401, 'EDS_CERTIFICATE_REVOKED'))).toBe('login.errors.eds');
    expect(loginErrorKey(new AgentRefusal('PIN_CANCELLED', 'cancelled'))).toBe('signer.errors.PIN_CANCELLED');
  });
});
