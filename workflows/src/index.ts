// The single file the worker bundles: every workflow function the platform registers.
export { platformSelfCheck } from './self-check/self-check.workflow.js';
export { paymentDocumentWorkflow } from './documents/payment-document.workflow.js';
export { tokenRegistrationWorkflow } from './registration/token-registration.workflow.js';
export { tokenReissueWorkflow } from './registration/token-reissue.workflow.js';
export { applicationWorkflow } from './applications/application.workflow.js';
export { changeRequestWorkflow } from './change-requests/change-request.workflow.js';
export { monthlyFeeRunWorkflow } from './tariffs/monthly-fee-run.workflow.js';
