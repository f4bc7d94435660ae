// The package has no "exports" map, so Node's ESM loader needs the file path, not the directory.
import presets from 'jest-preset-angular/presets/index.js';

const preset = presets.createEsmPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });

/**
 * The web app's unit tests in jsdom. Run from the monorepo root with --experimental-vm-modules,
 * like the Node packages, so specs and Angular's .mjs bundles both load as native ES modules.
 * @type {import('jest').Config}
 */
export default {
  displayName: 'web',
  ...preset,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    // The shared domain rules, from source as in the build (tsconfig.json "paths"); their relative
    // imports carry the ".js" of Node's ESM, which Jest resolves to the .ts beside them.
    '^@qoltanba/workflows/domain$': '<rootDir>/../workflows/src/domain/index.ts',
    '^@qoltanba/workflows/domain/(.*)$': '<rootDir>/../workflows/src/domain/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
