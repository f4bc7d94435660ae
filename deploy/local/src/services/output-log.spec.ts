import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { logOutputTo } from './output-log.js';

describe("a server's output log", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps what reaches the pipes after the process exited, from both streams, and then closes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'qoltanba-output-log-'));
    const file = join(dir, 'server.log');
    // The shell exits at once; the job it leaves behind holds both pipes and writes after that exit.
    const child = spawn('sh', ['-c', '(sleep 0.3; echo late out; echo late err >&2) & echo early'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = logOutputTo(child, file);
    const [exitCode] = (await once(child, 'exit')) as [number];
    expect(exitCode).toBe(0);

    await once(log, 'finish');
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.sort()).toEqual(['early', 'late err', 'late out']);
  });
});
