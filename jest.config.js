/** Every package's tests in one run: `npm test` (or `npm run jest -- --selectProjects backend`). */
export default {
  // A global option: Jest ignores testTimeout inside project configs.
  testTimeout: 60_000,
  projects: [
    '<rootDir>/deploy/local',
    '<rootDir>/workflows',
    '<rootDir>/backend',
    '<rootDir>/signer',
    '<rootDir>/web',
  ],
};
