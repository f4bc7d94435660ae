import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root; this file sits two folders below it in both `src/` and `dist/`. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Everything `npm start` keeps between runs: databases, the token store, logs. Never committed. */
export const dataDir = process.env.QOLTANBA_DATA_DIR ?? join(repoRoot, '.data');

/** Heavy tools built once per user and reused by every clone (the Temporal build), keyed by version. */
export const cacheDir =
  process.env.QOLTANBA_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'qoltanba');
