/**
 * Why a tenge payment order was refused, one code per rule. The string values are an API contract:
 * clients and the web app's translations key on them, so they never change once released.
 * Identifier codes are shared by every field of that kind (`PAYMENT_IBAN_CHECKSUM` for the payer's
 * and the beneficiary's IBAN alike); the violation's `field` says which.
 */
export enum PaymentErrorCode {
  FieldRequired = 'PAYMENT_FIELD_REQUIRED',
  TextNotTrimmed = 'PAYMENT_TEXT_NOT_TRIMMED',
  TextTooLong = 'PAYMENT_TEXT_TOO_LONG',
  /** A control character (other than a line break) or half of a UTF-16 pair: nothing a person types. */
  TextCharacters = 'PAYMENT_TEXT_CHARACTERS',
  NumberFormat = 'PAYMENT_NUMBER_FORMAT',
  DateFormat = 'PAYMENT_DATE_FORMAT',
  DateInFuture = 'PAYMENT_DATE_IN_FUTURE',
  ValueDateBeforeDate = 'PAYMENT_VALUE_DATE_BEFORE_DATE',
  ValueDateInPast = 'PAYMENT_VALUE_DATE_IN_PAST',
  ValueDateTooFar = 'PAYMENT_VALUE_DATE_TOO_FAR',
  IbanLength = 'PAYMENT_IBAN_LENGTH',
  IbanCharacters = 'PAYMENT_IBAN_CHARACTERS',
  IbanCountry = 'PAYMENT_IBAN_COUNTRY',
  IbanFormat = 'PAYMENT_IBAN_FORMAT',
  IbanChecksum = 'PAYMENT_IBAN_CHECKSUM',
  KodKbeFormat = 'PAYMENT_KOD_KBE_FORMAT',
  KodKbeResidency = 'PAYMENT_KOD_KBE_RESIDENCY',
  KodKbeSector = 'PAYMENT_KOD_KBE_SECTOR',
  AmountFormat = 'PAYMENT_AMOUNT_FORMAT',
  AmountTooManyDecimals = 'PAYMENT_AMOUNT_TOO_MANY_DECIMALS',
  AmountNotPositive = 'PAYMENT_AMOUNT_NOT_POSITIVE',
  AmountTooLarge = 'PAYMENT_AMOUNT_TOO_LARGE',
  CurrencyNotKzt = 'PAYMENT_CURRENCY_NOT_KZT',
  IinBinFormat = 'PAYMENT_IIN_BIN_FORMAT',
  IinBinChecksum = 'PAYMENT_IIN_BIN_CHECKSUM',
  IinBinDate = 'PAYMENT_IIN_BIN_DATE',
  IinBinStructure = 'PAYMENT_IIN_BIN_STRUCTURE',
  BeneficiaryBankUnknown = 'PAYMENT_BENEFICIARY_BANK_UNKNOWN',
  SameAccount = 'PAYMENT_SAME_ACCOUNT',
  BicFormat = 'PAYMENT_BIC_FORMAT',
  BicCountry = 'PAYMENT_BIC_COUNTRY',
  BicMismatch = 'PAYMENT_BIC_MISMATCH',
  KnpFormat = 'PAYMENT_KNP_FORMAT',
  KnpUnknown = 'PAYMENT_KNP_UNKNOWN',
  KbkFormat = 'PAYMENT_KBK_FORMAT',
  KbkRequired = 'PAYMENT_KBK_REQUIRED',
  KbkNotAllowed = 'PAYMENT_KBK_NOT_ALLOWED',
  /** The KBK is not in the bank's catalogue. */
  KbkUnknown = 'PAYMENT_KBK_UNKNOWN',
  KindUnknown = 'PAYMENT_KIND_UNKNOWN',
  /** A KNP the law ties to another kind (e.g. 010 outside a pension payment), or a budget KNP elsewhere. */
  KnpNotForKind = 'PAYMENT_KNP_NOT_FOR_KIND',
  /** The kind fixes this beneficiary field (the Treasury's account, the State Corporation). */
  BeneficiaryFixedByKind = 'PAYMENT_BENEFICIARY_FIXED_BY_KIND',
  /** The Treasury or the State Corporation is paid only by its own kind, which carries the KBK or list. */
  BeneficiaryNeedsKind = 'PAYMENT_BENEFICIARY_NEEDS_KIND',
  TaxOfficeUnknown = 'PAYMENT_TAX_OFFICE_UNKNOWN',
  /** Salary, card top-ups and template transfers go to accounts at this bank only. */
  AccountNotAtThisBank = 'PAYMENT_ACCOUNT_NOT_AT_THIS_BANK',
  BeneficiaryNotIndividual = 'PAYMENT_BENEFICIARY_NOT_INDIVIDUAL',
  TemplateRequired = 'PAYMENT_TEMPLATE_REQUIRED',
  TemplateNotAllowed = 'PAYMENT_TEMPLATE_NOT_ALLOWED',
  EmployeesRequired = 'PAYMENT_EMPLOYEES_REQUIRED',
  EmployeesNotAllowed = 'PAYMENT_EMPLOYEES_NOT_ALLOWED',
  EmployeesTooMany = 'PAYMENT_EMPLOYEES_TOO_MANY',
  /** The order's amount is not the sum of its rows. */
  EmployeesTotalMismatch = 'PAYMENT_EMPLOYEES_TOTAL_MISMATCH',
  /** The same employee twice for the same period (contributions) or account (salary). */
  EmployeeDuplicate = 'PAYMENT_EMPLOYEE_DUPLICATE',
  /** A BIN where an individual's IIN belongs. */
  EmployeeNotIin = 'PAYMENT_EMPLOYEE_NOT_IIN',
  BirthDateMismatch = 'PAYMENT_EMPLOYEE_BIRTH_DATE_MISMATCH',
  PeriodFormat = 'PAYMENT_PERIOD_FORMAT',
  PeriodInFuture = 'PAYMENT_PERIOD_IN_FUTURE',
}
