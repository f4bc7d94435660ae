import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { VerificationInput, VerificationRates } from './verification-rate.js';

const entry = fileURLToPath(new URL('./verification-rate.js', import.meta.url));
const TASKSET = '/usr/bin/taskset';

/**
 * Runs the verification measurement in its own process, pinned to CPU 0 with taskset when the
 * system has it, so every thread of it (JIT and GC included) shares one core.
 */
export async function verificationRates(
  input: VerificationInput,
  workDir: string,
): Promise<{ rates: VerificationRates; pinned: boolean }> {
  const file = join(workDir, 'verification-input.json');
  await writeFile(file, JSON.stringify(input));
  const pinned = existsSync(TASKSET);
  const [command, args] = pinned
    ? [TASKSET, ['-c', '0', process.execPath, entry, file]]
    : [process.execPath, [entry, file]];
  const { stdout } = await promisify(execFile)(command, args, { maxBuffer: 1 << 20 });
  return { rates: JSON.parse(stdout) as VerificationRates, pinned };
}
