import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { APP_ERROR_STATUS } from './app-error-status.js';
import { ERROR_STATUSES } from './common/openapi/complete-open-api.js';

const backendSrc = dirname(fileURLToPath(import.meta.url));
const workflowsDomain = join(backendSrc, '../../workflows/src/domain');

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(file))
    .map((file) => join(dir, file));
}

/** Every exported enum of the files: objects whose values are all strings. */
async function errorCodeEnums(files: string[]): Promise<Map<string, string[]>> {
  const enums = new Map<string, string[]>();
  for (const file of files) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const codes = Object.values(value);
      if (codes.every((code) => typeof code === 'string')) enums.set(name, codes);
    }
  }
  return enums;
}

describe('APP_ERROR_STATUS', () => {
  it('has an HTTP status for every code of every feature’s error codes and every process’s refusals', async () => {
    const enums = await errorCodeEnums([
      ...filesUnder(backendSrc, /-error-code\.ts$/),
      // A process's refusals reach the API as they are (ProcessRefusal), so they need a status too.
      ...filesUnder(workflowsDomain, /-rejection\.ts$/),
    ]);
    expect([...enums.keys()]).toEqual(
      expect.arrayContaining(['CommonErrorCode', 'AuthErrorCode', 'OtpErrorCode', 'DocumentRejectionCode']),
    );

    const withoutStatus = [...enums].flatMap(([name, codes]) =>
      codes.filter((code) => APP_ERROR_STATUS.statusOf(code) === undefined).map((code) => `${name}.${code}`),
    );
    expect(withoutStatus).toEqual([]);
  });

  it('answers only statuses the OpenAPI document gives every operation', () => {
    // Besides: the upload documents its own 413 and 415, 500 is every operation's default answer, and
    // 405 answers a method a path does not have, where there is no operation to document it on.
    const documented = new Set([...ERROR_STATUSES.map(Number), 413, 415, 500, 405]);
    expect(APP_ERROR_STATUS.statuses().filter((status) => !documented.has(status))).toEqual([]);
  });
});
