import { nodeProject } from '../../jest.preset.js';

export default nodeProject('local', {
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: undefined,
  globalTeardown: undefined,
  setupFiles: [],
});
