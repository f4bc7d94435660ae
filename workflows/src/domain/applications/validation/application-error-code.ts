/**
 * Why an application request was refused, one code per rule. The string values are an API contract:
 * the web app's translations key on them, so they never change once released. Identifier codes are
 * shared by every field of that kind (`APPLICATION_IBAN_CHECKSUM` for any account); the violation's
 * `field` says which.
 */
export enum ApplicationErrorCode {
  FieldRequired = 'APPLICATION_FIELD_REQUIRED',
  /** A number, object or list where text (or a list where an object) is expected. */
  FieldType = 'APPLICATION_FIELD_TYPE',
  TextTooLong = 'APPLICATION_TEXT_TOO_LONG',
  /** A control character (other than a line break) or half of a UTF-16 pair: nothing a person types. */
  TextCharacters = 'APPLICATION_TEXT_CHARACTERS',
  EnumValue = 'APPLICATION_ENUM_VALUE',

  AmountFormat = 'APPLICATION_AMOUNT_FORMAT',
  AmountTooManyDecimals = 'APPLICATION_AMOUNT_TOO_MANY_DECIMALS',
  AmountNotPositive = 'APPLICATION_AMOUNT_NOT_POSITIVE',
  AmountTooLarge = 'APPLICATION_AMOUNT_TOO_LARGE',
  CurrencyUnknown = 'APPLICATION_CURRENCY_UNKNOWN',
  CurrencyNotOfAccount = 'APPLICATION_CURRENCY_NOT_OF_ACCOUNT',

  DateInvalid = 'APPLICATION_DATE_INVALID',
  DateInPast = 'APPLICATION_DATE_IN_PAST',
  DateInFuture = 'APPLICATION_DATE_IN_FUTURE',
  /** A day that must come after today (a guarantee's last day) is today or earlier. */
  DateNotAfterToday = 'APPLICATION_DATE_NOT_AFTER_TODAY',
  DateTooFar = 'APPLICATION_DATE_TOO_FAR',
  PeriodReversed = 'APPLICATION_PERIOD_REVERSED',

  IbanLength = 'APPLICATION_IBAN_LENGTH',
  IbanCharacters = 'APPLICATION_IBAN_CHARACTERS',
  IbanCountry = 'APPLICATION_IBAN_COUNTRY',
  IbanFormat = 'APPLICATION_IBAN_FORMAT',
  IbanChecksum = 'APPLICATION_IBAN_CHECKSUM',
  AccountNotOwned = 'APPLICATION_ACCOUNT_NOT_OWNED',
  /** A beneficiary's account abroad that is not an IBAN: 1 to 34 letters and digits. */
  AccountFormat = 'APPLICATION_ACCOUNT_FORMAT',
  /** A foreign transfer is paid from an account in a foreign currency, not in tenge. */
  ForeignAccountRequired = 'APPLICATION_FOREIGN_ACCOUNT_REQUIRED',
  SameAccount = 'APPLICATION_SAME_ACCOUNT',
  /**
   * The accounts' currencies do not make this exchange: a purchase is KZT → foreign, a sale
   * foreign → KZT, a conversion one foreign currency → another.
   */
  ExchangeCurrencies = 'APPLICATION_EXCHANGE_CURRENCIES',

  SwiftBicFormat = 'APPLICATION_SWIFT_BIC_FORMAT',
  SwiftBicCountry = 'APPLICATION_SWIFT_BIC_COUNTRY',
  CountryUnknown = 'APPLICATION_COUNTRY_UNKNOWN',
  IinBinFormat = 'APPLICATION_IIN_BIN_FORMAT',
  IinBinChecksum = 'APPLICATION_IIN_BIN_CHECKSUM',
  IinBinDate = 'APPLICATION_IIN_BIN_DATE',
  IinBinStructure = 'APPLICATION_IIN_BIN_STRUCTURE',
  KnpFormat = 'APPLICATION_KNP_FORMAT',
  KnpUnknown = 'APPLICATION_KNP_UNKNOWN',
  ChargesUnknown = 'APPLICATION_CHARGES_UNKNOWN',
  BranchUnknown = 'APPLICATION_BRANCH_UNKNOWN',

  RateFormat = 'APPLICATION_RATE_FORMAT',
  RateNotPositive = 'APPLICATION_RATE_NOT_POSITIVE',
  ContractRegistrationRequired = 'APPLICATION_CONTRACT_REGISTRATION_REQUIRED',

  NothingToChange = 'APPLICATION_NOTHING_TO_CHANGE',
  EmailFormat = 'APPLICATION_EMAIL_FORMAT',
  PhoneFormat = 'APPLICATION_PHONE_FORMAT',

  TooManyAttachments = 'APPLICATION_TOO_MANY_ATTACHMENTS',
  /** An attachment id that is not one of the organization's uploads. */
  AttachmentUnknown = 'APPLICATION_ATTACHMENT_UNKNOWN',
}
