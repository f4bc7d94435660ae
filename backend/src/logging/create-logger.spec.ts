import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { REDACTED_PATHS } from './create-logger.js';

function captureLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink), lines };
}

describe('log redaction', () => {
  it('never writes passwords, PINs or OTP codes, at the top level or nested', () => {
    const { logger, lines } = captureLogger();
    logger.info(
      { password: 'Secret123', body: { pin: '12345678', otp: '123456' }, login: 'user1' },
      'login attempt',
    );
    const written = lines.join('');
    expect(written).not.toMatch(/Secret123|12345678|123456/);
    expect(written).toContain('"login":"user1"');
    expect(written).toContain('[redacted]');
  });

  it('blanks the session cookie and authorization header of a logged request', () => {
    const { logger, lines } = captureLogger();
    logger.info({ req: { headers: { cookie: 'sid=abc', authorization: 'Bearer xyz', accept: 'json' } } });
    expect(lines.join('')).not.toMatch(/sid=abc|Bearer xyz/);
    expect(lines.join('')).toContain('"accept":"json"');
  });
});
