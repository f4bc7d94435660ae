import { ApplicationFile } from '../applications/application-file.entity.js';
import { ApplicationRecord } from '../applications/application-record.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ClientCredential } from '../auth/credentials/client-credential.entity.js';
import { UserSession } from '../auth/sessions/user-session.entity.js';
import { StaffUser } from '../auth/staff/staff-user.entity.js';
import { OtpChallenge } from '../otp/otp-challenge.entity.js';
import { OtpDevice } from '../otp/otp-device.entity.js';
import { SmsOutboxMessage } from '../sms/sms-outbox.entity.js';
import { SimAccount } from '../bank-gateway/simulator/entities/sim-account.entity.js';
import { SimLedgerEntry } from '../bank-gateway/simulator/entities/sim-ledger-entry.entity.js';
import { SimPayment } from '../bank-gateway/simulator/entities/sim-payment.entity.js';
import { SimRejectionRule } from '../bank-gateway/simulator/entities/sim-rejection-rule.entity.js';
import { CaCrl } from '../certificates/internal-ca/ca-crl.entity.js';
import { CaRoot } from '../certificates/internal-ca/ca-root.entity.js';
import { UserCertificate } from '../certificates/user-certificate.entity.js';
import { DocumentRecord } from '../documents/document-record.entity.js';
import { SignatureEvidence } from '../documents/signature-evidence.entity.js';
import { WorkerHeartbeat } from '../health/worker-heartbeat.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { SelfCheck } from '../ops/self-check.entity.js';
import { Account } from '../organizations/account.entity.js';
import { ClientUser } from '../organizations/client-user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ProcessEvent } from '../processes/process-event.entity.js';
import { ProcessRecord } from '../processes/process-record.entity.js';
import { BankDirectoryRow } from '../reference/bank-directory-entry.entity.js';
import { KnpCode } from '../reference/knp-code.entity.js';
import { KbkCode } from '../reference/kbk-code.entity.js';
import { TaxOfficeRow } from '../reference/tax-office.entity.js';
import { PaymentTemplate } from '../payment-templates/payment-template.entity.js';
import { RegistrationAccess } from '../registrations/registration-access.entity.js';
import { RegistrationCredential } from '../registrations/registration-credential.entity.js';
import { TokenRegistrationRecord } from '../registrations/token-registration-record.entity.js';
import { TokenReissueRecord } from '../registrations/token-reissue-record.entity.js';
import { EdsLoginChallenge } from '../signatures/eds-login/eds-login-challenge.entity.js';

/** Every TypeORM entity, listed explicitly: no globbing, so the API, worker and CLI see the same set. */
export const entities = [
  WorkerHeartbeat,
  SelfCheck,
  SimAccount,
  SimPayment,
  SimLedgerEntry,
  SimRejectionRule,
  Organization,
  ClientUser,
  Account,
  ProcessRecord,
  ProcessEvent,
  DocumentRecord,
  SignatureEvidence,
  Notification,
  KnpCode,
  BankDirectoryRow,
  KbkCode,
  TaxOfficeRow,
  PaymentTemplate,
  AuditEvent,
  StaffUser,
  ClientCredential,
  UserSession,
  SmsOutboxMessage,
  OtpDevice,
  OtpChallenge,
  UserCertificate,
  CaRoot,
  CaCrl,
  EdsLoginChallenge,
  RegistrationCredential,
  TokenRegistrationRecord,
  TokenReissueRecord,
  RegistrationAccess,
  ApplicationRecord,
  ApplicationFile,
];
