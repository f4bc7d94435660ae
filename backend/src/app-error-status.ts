import { ACCESS_STATUS } from './access/access-status-table.js';
import { ACCOUNT_FORECAST_STATUS } from './account-forecast/account-forecast-status-table.js';
import {
  APPLICATION_REJECTION_STATUS,
  APPLICATIONS_STATUS,
} from './applications/applications-status-table.js';
import { AUTH_STATUS } from './auth/auth-status-table.js';
import { BANK_SIMULATOR_STATUS } from './bank-gateway/simulator/control/bank-simulator-status-table.js';
import { CERTIFICATES_STATUS } from './certificates/certificates-status-table.js';
import { CHANGE_REQUESTS_STATUS } from './change-requests/change-requests-status-table.js';
import { COMMON_STATUS } from './common/errors/common-status-table.js';
import { ErrorStatusRegistry } from './common/errors/error-status-registry.js';
import { DOCUMENT_REJECTION_STATUS, DOCUMENTS_STATUS } from './documents/documents-status-table.js';
import { OPS_STATUS } from './ops/ops-status-table.js';
import { ORGANIZATIONS_STATUS } from './organizations/organizations-status-table.js';
import { OTP_STATUS } from './otp/otp-status-table.js';
import { REFERENCE_STATUS } from './reference/reference-status-table.js';
import { PAYMENT_TEMPLATES_STATUS } from './payment-templates/payment-templates-status-table.js';
import { PAYMENT_IMPORTS_STATUS } from './payment-imports/payment-imports-status-table.js';
import { REGISTRATIONS_STATUS } from './registrations/registrations-status-table.js';
import { EDS_STATUS } from './signatures/eds-status-table.js';

/** Every feature's status table: the HTTP status of every code the API answers with. */
export const APP_ERROR_STATUS = new ErrorStatusRegistry([
  COMMON_STATUS,
  ACCESS_STATUS,
  AUTH_STATUS,
  ORGANIZATIONS_STATUS,
  ACCOUNT_FORECAST_STATUS,
  OTP_STATUS,
  EDS_STATUS,
  CERTIFICATES_STATUS,
  DOCUMENTS_STATUS,
  DOCUMENT_REJECTION_STATUS,
  REGISTRATIONS_STATUS,
  APPLICATIONS_STATUS,
  APPLICATION_REJECTION_STATUS,
  OPS_STATUS,
  BANK_SIMULATOR_STATUS,
  CHANGE_REQUESTS_STATUS,
  REFERENCE_STATUS,
  PAYMENT_TEMPLATES_STATUS,
  PAYMENT_IMPORTS_STATUS,
]);
