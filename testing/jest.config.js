import { nodeProject } from '../jest.preset.js';

/** The test kit's own logic (no servers). */
export default nodeProject('testing', {
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: undefined,
  globalTeardown: undefined,
  setupFiles: [],
});
