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
}
