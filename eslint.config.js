import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node built-ins, by both spellings, which workflow code must never import. */
const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'timers/promises',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

/**
 * Workflow code is replayed: it must do the same thing every time, so it may not touch I/O, the
 * real clock, randomness, or packages meant for the worker's Node context. The SDK offers
 * deterministic replacements (`sleep`, `condition`, `uuid4`, workflow time).
 */
const workflowDeterminism = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.flatMap((name) => [
        { name, message: 'Workflow code is deterministic: no Node built-ins.' },
        { name: `node:${name}`, message: 'Workflow code is deterministic: no Node built-ins.' },
      ]),
      patterns: [
        {
          group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'],
          message: 'Workflow code imports only @temporalio/workflow and @temporalio/common.',
        },
        {
          group: ['@nestjs/*', 'typeorm', 'pg', 'pkcs11js', 'otplib'],
          message: 'No I/O libraries in workflow code.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'process',
      'Buffer',
      'fetch',
      'require',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'performance',
    ].map((name) => ({
      name,
      message: `${name} is not deterministic in workflow code; use the Temporal SDK.`,
    })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use uuid4() or pass randomness in as input.' },
  ],
};

/**
 * The pure domain rules are shared with the API and the browser and tested without Temporal: they
 * never read the clock themselves (workflow code may, since the SDK makes Date deterministic there).
 */
const pureDomain = {
  ...workflowDeterminism,
  'no-restricted-properties': [
    ...workflowDeterminism['no-restricted-properties'],
    { object: 'Date', property: 'now', message: 'Domain rules take the time as an argument.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Domain rules take the time as an argument: no `new Date()`.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.angular/**',
      '.data/**',
      'coverage/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Async functions that implement a Promise-returning interface need no `await` of their own.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Nest resolves constructor parameters from emitted type metadata: those imports must stay values.
    files: ['backend/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['web/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The signing agent's PIN prompt page: plain JavaScript the agent serves to the browser.
    files: ['signer/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['workflows/src/**/*.ts'],
    ignores: ['workflows/src/bundling.ts', 'workflows/src/**/*.spec.ts'],
    rules: workflowDeterminism,
  },
  {
    files: ['workflows/src/domain/**/*.ts'],
    ignores: ['workflows/src/**/*.spec.ts'],
    rules: pureDomain,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests read HTTP answers (supertest's `body` is `any`) and assert on them field by field.
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
