import { nodeProject } from '../../jest.preset.js';
import { e2eModules } from './jest.config.js';

/**
 * The short fault run: a cluster of its own under a load of payments while its parts fail, no
 * browser and no shared platform. `npm test` starts it once the journeys' platform is up and runs
 * it beside them: its waits for recovery leave the cores to the journeys.
 */
export default {
  ...nodeProject('faults', {
    testMatch: ['<rootDir>/faults/**/*.e2e.ts'],
    moduleNameMapper: e2eModules,
    globalSetup: undefined,
    globalTeardown: undefined,
    setupFiles: [],
  }),
  maxWorkers: 1,
  testTimeout: 600_000,
};
