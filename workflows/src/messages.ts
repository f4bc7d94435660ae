// Update, query and signal definitions, workflow-id prefixes, task queues and payload types:
// the one module the API, the worker and the tests all import.
export * from './task-queues.js';
export * from './self-check/self-check.messages.js';
export * from './documents/payment-document.messages.js';
export * from './registration/token-registration.messages.js';
export * from './registration/token-reissue.messages.js';
export * from './process/process-search-attributes.js';
export type { RefusalDetails } from './process/update-failure.js';
export * from './applications/application.messages.js';
export * from './change-requests/change-request.messages.js';
export * from './tariffs/monthly-fee-run.messages.js';
