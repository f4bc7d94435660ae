import { fileURLToPath } from 'node:url';

/**
 * Shared Jest settings of the Node packages (workflows, backend, signer): native ESM through
 * @swc/jest (decorator metadata on, for Nest), sources of sibling packages instead of their builds,
 * and the run-wide Temporal and PostgreSQL servers of the test kit (testing/).
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

/** Node's, disabling the AsyncLocalStorage instances a finished file left enabled. By path: the e2e configs sit deeper. */
const nodeEnvironment = fileURLToPath(new URL('./testing/dist/jest-node-environment.js', import.meta.url));

/** @returns {import('jest').Config} */
export function nodeProject(displayName, overrides = {}) {
  return {
    displayName,
    testEnvironment: nodeEnvironment,
    extensionsToTreatAsEsm: ['.ts'],
    transform: { '^.+\\.ts$': ['@swc/jest', swc] },
    moduleNameMapper: {
      '^@qoltanba/workflows$': '<rootDir>/../workflows/src/index.ts',
      '^@qoltanba/workflows/(.*)$': '<rootDir>/../workflows/src/$1',
      '^@qoltanba/signer/(.*)$': '<rootDir>/../signer/src/$1',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    globalSetup: '<rootDir>/../testing/dist/jest-global-setup.js',
    globalTeardown: '<rootDir>/../testing/dist/jest-global-teardown.js',
    setupFiles: ['<rootDir>/../testing/dist/jest-quiet-temporal.js'],
    ...overrides,
  };
}
