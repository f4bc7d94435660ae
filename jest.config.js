/** Every package's tests in one run: `npm test` (or `npm run jest -- --selectProjects backend`). */
export default {
  projects: [
    '<rootDir>/deploy/local',
    '<rootDir>/workflows',
    '<rootDir>/backend',
    '<rootDir>/signer',
    '<rootDir>/web',
  ],
};
