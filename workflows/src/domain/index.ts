// The pure domain rules every part of Qoltanba shares: `@qoltanba/workflows/domain`.
export type { ValidationIssue } from './validation-issue.js';
export {
  addDays,
  daysBetween,
  epochDay,
  formatIsoDate,
  isCalendarDate,
  parseIsoDate,
  type CalendarDate,
} from './calendar/iso-date.js';

export {
  KZ_IBAN_LAYOUT,
  KZ_IBAN_LENGTH,
  composeKzIban,
  ibanBankCode,
  kzIbanCheckDigits,
  normalizeIban,
  validateKzIban,
  type KzIbanIssue,
  type KzIbanIssueCode,
} from './identifiers/kz-iban.js';
export {
  classifyIinBin,
  iinBinCheckDigit,
  validateIinBin,
  type BinDetails,
  type BinDivision,
  type BinEntityType,
  type IinBinIssue,
  type IinBinIssueCode,
  type IinDetails,
  type Sex,
} from './identifiers/iin-bin.js';
export { validateBic, type BicIssue, type BicIssueCode } from './identifiers/bic.js';
export {
  kodKbeResidency,
  validateKodKbe,
  type KodKbeIssue,
  type KodKbeIssueCode,
  type Residency,
} from './identifiers/kod-kbe.js';
export { validateKnp, type KnpIssue, type KnpIssueCode } from './identifiers/knp.js';
export { validateKbk, type KbkIssue, type KbkIssueCode } from './identifiers/kbk.js';
export {
  MAX_AMOUNT_TIYN,
  formatTiyn,
  parseAmountToTiyn,
  type AmountIssue,
  type AmountIssueCode,
} from './identifiers/amount.js';

export { KZ_BANKS, QOLTANBA_BANK, TREASURY_BIC, bankDirectoryOf } from './reference/kz-banks.js';
export { INITIAL_KNP_CATALOGUE, knpCodesOf, type KnpCatalogueEntry } from './reference/knp-catalogue.js';
export { INITIAL_KBK_CATALOGUE, kbkCodesOf, type KbkCatalogueEntry } from './reference/kbk-catalogue.js';
export { INITIAL_TAX_OFFICES, taxOfficeBinsOf, type TaxOffice } from './reference/tax-offices.js';
export { KZ_BANK_DIRECTORY } from './reference/kz-bank-directory.js';
export {
  CONTRIBUTION_PAYEES,
  STATE_CORPORATION_BIN,
  TREASURY_BUDGET_ACCOUNT,
  type StatePayee,
} from './reference/state-payees.js';
export {
  CONTRIBUTION_KINDS,
  IN_BANK_KINDS,
  LIST_KINDS,
  PAYMENT_KINDS,
  STATUTORY_KNP,
  isPaymentKind,
  kindOfStatutoryKnp,
  paymentKindOf,
  sendingRuleOfPayment,
  type PaymentKind,
} from './payment/payment-kind.js';
export { MAX_EMPLOYEES, MAX_EMPLOYEE_NAME_LENGTH } from './payment/employee-list.js';

export type {
  Beneficiary,
  BankDirectoryEntry,
  EmployeeRow,
  PaymentValidationContext,
  TengePaymentOrder,
} from './payment/tenge-payment-order.js';
export { PaymentErrorCode } from './payment/payment-error-code.js';
export type { EmployeeField, PaymentField, Violation } from './payment/payment-violation.js';
export {
  MAX_BENEFICIARY_NAME_LENGTH,
  MAX_DOCUMENT_NUMBER_LENGTH,
  MAX_PURPOSE_LENGTH,
  MAX_VALUE_DATE_DAYS_AHEAD,
  validateTengePaymentOrder,
} from './payment/validate-tenge-payment-order.js';
export {
  parseTengePaymentOrderRequest,
  type EmployeeRowRequest,
  type TengePaymentOrderParseResult,
  type TengePaymentOrderRequest,
} from './payment/parse-tenge-payment-order-request.js';

export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULES,
  brokenPasswordRules,
  passwordRulesKept,
  type PasswordRule,
} from './passwords/password-rules.js';

export { canonicalJson, compareCodePoints } from './canonical/canonical-json.js';
export { sha256Hex } from './canonical/sha256-hex.js';

export { CHANNELS, SIGNATURE_RIGHTS } from './signatures/signature-right.js';
export type {
  Channel,
  SignatureMethod,
  SignatureRight,
  SignatureSlot,
} from './signatures/signature-right.js';
export { CHANNEL_FUNCTIONS, channelAllows, type ChannelFunction } from './channels/channel-functions.js';

export { DOCUMENT_STATUSES, DOCUMENT_TYPES, FINAL_STATUSES } from './documents/document-status.js';
export type { DocumentStatus, DocumentType } from './documents/document-status.js';
export { ProcessRejection } from './process/process-rejection.js';
export {
  AWAITED_PARTIES,
  PROCESS_TYPES,
  type AwaitedParty,
  type ProcessType,
} from './process/process-kind.js';
export { DocumentRejection, DocumentRejectionCode } from './documents/document-rejection.js';
export { awaitingChanged, documentAwaitedParty } from './documents/document-awaited-party.js';
export { TIMELINE_EVENTS } from './documents/document-state.js';
export type {
  Actor,
  Awaiting,
  DeadlinePolicy,
  DocumentState,
  SignatureRecord,
  TimelineEntry,
  TimelineEvent,
} from './documents/document-state.js';
export { almatyDate, computeDeadline } from './documents/document-deadline.js';
export {
  documentContent,
  documentContentHash,
  type DocumentContentInput,
} from './documents/document-content.js';
export {
  addSignature,
  awaitedSignature,
  isComplete,
  methodOfChannel,
  needsDispatchEds,
  precheckSignature,
  precheckSigner,
  takesSignature,
  type SendingRule,
  type Signable,
  type VerifiedSignature,
  verifiedSignature,
} from './documents/signature-policy.js';
export {
  applyBankReport,
  applySignature,
  awaitingOf,
  createDocument,
  editDocument,
  cancelDocument,
  expireDocument,
  isOpen,
  markSentToBank,
  readyToDispatch,
  rejectDocument,
  signDocument,
  submitDocument,
  withdrawDocument,
  type BankReport,
  type NewDocument,
} from './documents/document-transitions.js';

export {
  FINAL_REGISTRATION_STATUSES,
  REGISTRATION_EVENTS,
  REGISTRATION_PURPOSES,
  REGISTRATION_STATUSES,
  registrationAwaitedParty,
} from './registration/registration-state.js';
export type {
  CertificateRequests,
  IssuanceRefusal,
  RegistrationCertificate,
  RegistrationEvent,
  RegistrationHolder,
  RegistrationPurpose,
  RegistrationState,
  RegistrationStatus,
  RegistrationTimelineEntry,
  RegistrationToken,
} from './registration/registration-state.js';
export { RegistrationRejection, RegistrationRejectionCode } from './registration/registration-rejection.js';
export {
  cancelRegistration,
  certificatesIssued,
  chooseToken,
  completeRegistration,
  confirmPasswordSet,
  expireRegistration,
  isRegistrationOpen,
  issuanceRefused,
  startRegistration,
  submitRequests,
  type NewRegistration,
  type TokenChoice,
} from './registration/registration-transitions.js';
export {
  FINAL_REISSUE_STATUSES,
  REISSUE_EVENTS,
  REISSUE_REASONS,
  REISSUE_STATUSES,
  reissueAwaitedParty,
} from './registration/reissue-state.js';
export type {
  ReissueEvent,
  ReissueReason,
  ReissueStarter,
  ReissueState,
  ReissueStatus,
  ReissueTimelineEntry,
} from './registration/reissue-state.js';
export {
  abortReissue,
  cancelReissue,
  certificatesRevoked,
  chooseReissueToken,
  expireReissue,
  isReissueOpen,
  registrationEnded,
  startReissue,
  tokenFormatted,
  type NewReissue,
} from './registration/reissue-transitions.js';

export * from './currency/index.js';
export * from './applications/index.js';
export * from './change-requests/index.js';
export * from './tariffs/index.js';
export { BANK_BRANCHES, BANK_BRANCH_CODES } from './reference/bank-branches.js';
export {
  IBAN_LENGTHS,
  MAX_IBAN_LENGTH,
  ibanCheckDigits,
  isIbanCountry,
  validateIban,
  type IbanIssue,
  type IbanIssueCode,
} from './identifiers/iban.js';
export { validateSwiftBic, type SwiftBicIssue, type SwiftBicIssueCode } from './identifiers/swift-bic.js';
export { ISO_3166_ALPHA_2_CODES, isCountryCode } from './identifiers/country.js';
