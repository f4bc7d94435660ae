/** Every package's tests in one run: `npm test` (or `npm run jest -- --selectProjects backend`). */
export default {
  // A global option: Jest ignores testTimeout inside project configs.
  testTimeout: 60_000,
  // Native ESM test files leave their module graphs behind, and one process running every file in
  // turn outgrew 4 GB: a worker that passes this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    '<rootDir>/deploy/local',
    '<rootDir>/workflows',
    '<rootDir>/backend',
    '<rootDir>/signer',
    '<rootDir>/web',
  ],
};
