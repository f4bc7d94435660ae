/** Every package's tests in one run: `npm test` (or `npm run jest -- --selectProjects backend`). */
export default {
  projects: ['<rootDir>/workflows', '<rootDir>/backend', '<rootDir>/signer', '<rootDir>/web'],
  // A run-wide option (Jest ignores it inside a project's config): hooks and tests against real
  // servers and tokens take seconds, more on a loaded machine.
  testTimeout: 60_000,
};
