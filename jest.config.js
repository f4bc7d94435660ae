import { availableParallelism } from 'node:os';

/** Every package's tests in one run: `npm test` (or `npm run jest -- --selectProjects backend`). */
export default {
  // A global option: Jest ignores testTimeout inside project configs.
  testTimeout: 60_000,
  // Native ESM test files leave their module graphs behind, and one process running every file in
  // turn outgrew 4 GB: a worker that passes this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1536MB',
  // Most files spend their time waiting on the shared Temporal and PostgreSQL servers, not on a core:
  // Jest's default (one worker fewer than the cores, one on 2 cores) ran them one after another.
  // Measured on 2 cores: 1 worker 700 s, 2 workers 407 s, 3 workers 352 s, 4 workers 352 s. A number:
  // Jest reads a percentage above 100 ("150%") as that many workers.
  maxWorkers: Math.max(2, Math.floor(availableParallelism() * 1.5)),
  projects: [
    '<rootDir>/deploy/local',
    '<rootDir>/testing',
    '<rootDir>/workflows',
    '<rootDir>/backend',
    '<rootDir>/signer',
    '<rootDir>/web',
  ],
};
