/**
 * Every activity the worker must host, composed from each process's own `<process>.activities.ts`
 * (types only). Processes import their own file, never this one.
 */
import type { ApplicationActivities } from './applications/application.activities.js';
import type { ChangeRequestActivities } from './change-requests/change-request.activities.js';
import type { MonthlyFeeActivities } from './tariffs/monthly-fee-run.activities.js';
import type { DocumentActivities } from './documents/payment-document.activities.js';
import type {
  RegistrationActivities,
  ReissueActivities,
} from './registration/token-registration.activities.js';
import type { SelfCheckActivities } from './self-check/self-check.activities.js';

export type { ConfirmEvidenceRequest, DocumentActivities } from './documents/payment-document.activities.js';
export type {
  IssueRegistrationCertificates,
  RegistrationActivities,
  ReissueActivities,
  RevokeForReissue,
} from './registration/token-registration.activities.js';
export type { SelfCheckActivities } from './self-check/self-check.activities.js';
export type { ApplicationActivities } from './applications/application.activities.js';
export type { ApplyChange, ChangeRequestActivities } from './change-requests/change-request.activities.js';
export type {
  FeeChargeOutcome,
  FeeChargeStatus,
  MonthlyFeeActivities,
} from './tariffs/monthly-fee-run.activities.js';

export type PlatformActivities = SelfCheckActivities &
  DocumentActivities &
  RegistrationActivities &
  ReissueActivities &
  ApplicationActivities &
  ChangeRequestActivities &
  MonthlyFeeActivities;
