// The package has no "exports" map, so Node's ESM loader needs the file path, not the directory.
import presets from 'jest-preset-angular/presets/index.js';

/**
 * The web app's unit tests in jsdom. Run from the monorepo root with --experimental-vm-modules,
 * like the Node packages, so specs and Angular's .mjs bundles both load as native ES modules.
 * @type {import('jest').Config}
 */
export default {
  displayName: 'web',
  ...presets.createEsmPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
