import { nodeProject } from '../../jest.preset.js';

/** What the journeys and the fault run share: the sibling packages' sources, native ESM. */
export const e2eModules = {
  '^@qoltanba/workflows/(.*)$': '<rootDir>/../../workflows/src/$1',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

/**
 * The end-to-end journeys: a run of their own (`npm test` starts it after the unit and integration
 * tests), one file at a time, against the whole platform in a real Chromium. The fault run (faults/)
 * has its own cluster and config, jest.faults.config.js: `npm test` runs it beside the journeys.
 */
export default {
  ...nodeProject('e2e', {
    testMatch: ['<rootDir>/**/*.e2e.ts'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/faults/'],
    moduleNameMapper: e2eModules,
    globalSetup: '<rootDir>/../../testing/dist/e2e-global-setup.js',
    globalTeardown: '<rootDir>/../../testing/dist/e2e-global-teardown.js',
    testSequencer: '<rootDir>/../../testing/dist/e2e-sequencer.js',
    setupFiles: [],
  }),
  maxWorkers: 1,
  testTimeout: 180_000,
};
