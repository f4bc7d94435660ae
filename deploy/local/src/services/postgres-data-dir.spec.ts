import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { reachablePostgresDir } from './postgres-data-dir.js';

describe(reachablePostgresDir.name, () => {
  it('keeps the wanted folder when the postgres user can walk to it', async () => {
    expect(await reachablePostgresDir('/tmp/qoltanba-spec/postgres')).toBe('/tmp/qoltanba-spec/postgres');
  });

  it('moves the cluster under /var/tmp, stably, when run as root inside a private folder', async () => {
    const privateDir = await mkdtemp(join(tmpdir(), 'qoltanba-private-')); // mkdtemp makes it 0700
    try {
      const wanted = join(privateDir, 'data', 'postgres');
      const chosen = await reachablePostgresDir(wanted);
      if (userInfo().uid === 0) {
        expect(chosen).toMatch(/^\/var\/tmp\/qoltanba-postgres-[0-9a-f]{12}$/);
        expect(await reachablePostgresDir(wanted)).toBe(chosen);
      } else {
        expect(chosen).toBe(wanted);
      }
    } finally {
      await rm(privateDir, { recursive: true, force: true });
    }
  });
});
