import { readFile } from 'node:fs/promises';
import type { LocalStack } from '../approvals/local-stack.js';

/**
 * The URL of the stack's application database. The local stack does not hand it out, so it is
 * read from the environment this benchmark gave its own API process when it started it.
 */
export async function databaseUrlOf(stack: LocalStack): Promise<string> {
  const api = stack.components.api;
  const pid = api.kind === 'pids' ? api.pids[0] : undefined;
  const environment = pid === undefined ? '' : await readFile(`/proc/${pid}/environ`, 'utf8');
  const url = environment
    .split('\0')
    .find((entry) => entry.startsWith('DATABASE_URL='))
    ?.slice('DATABASE_URL='.length);
  if (!url) throw new Error('the API process of the stack has no DATABASE_URL');
  return url;
}
