// Applications: kinds, contents, state, transitions, validation (re-exported by ../index.ts).
export * from './application-kind.js';
export * from './application-content.js';
export * from './application-state.js';
export * from './validation/index.js';
export * from './application-rejection.js';
export * from './application-canonical.js';
export * from './application-transitions.js';
