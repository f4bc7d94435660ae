import { nodeProject } from '../../jest.preset.js';

/**
 * The end-to-end journeys: a run of their own (`npm test` starts it after the unit and integration
 * tests), one file at a time, against the whole platform in a real Chromium.
 */
export default {
  ...nodeProject('e2e', {
    testMatch: ['<rootDir>/**/*.e2e.ts'],
    moduleNameMapper: {
      '^@qoltanba/workflows/(.*)$': '<rootDir>/../../workflows/src/$1',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    globalSetup: '<rootDir>/../../testing/dist/e2e-global-setup.js',
    globalTeardown: '<rootDir>/../../testing/dist/e2e-global-teardown.js',
    testSequencer: '<rootDir>/../../testing/dist/e2e-sequencer.js',
    setupFiles: [],
  }),
  maxWorkers: 1,
  testTimeout: 180_000,
};
