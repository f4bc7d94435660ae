import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { logContext } from './log-context.js';

/**
 * Paths pino blanks out of every log line. Secrets (passwords, PINs, OTP codes and secrets, keys,
 * session cookies) must never reach the logs, whatever object they travel in.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...[
    'password',
    'currentPassword',
    'newPassword',
    'pin',
    'userPin',
    'soPin',
    'newPin',
    'otp',
    'otpCode',
    'secret',
    'otpSecret',
    'privateKey',
    'sessionToken',
  ].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * Structured JSON logs, one object per line, tagged with the process they came from and with the
 * request or activity being served (see `logContext`).
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, processName: string): Logger {
  return pino({
    level: config.logLevel,
    base: { process: processName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    mixin: logContext,
  });
}
