import { NATIONAL_CURRENCY } from '../../currency/iso-4217.js';
import { isCountryCode } from '../../identifiers/country.js';
import { validateIban, type IbanIssueCode } from '../../identifiers/iban.js';
import { validateKnp, type KnpIssueCode } from '../../identifiers/knp.js';
import { normalizeIban } from '../../identifiers/kz-iban.js';
import { validateSwiftBic, type SwiftBicIssueCode } from '../../identifiers/swift-bic.js';
import { CHARGES, type ForeignTransfer, type Money } from '../application-content.js';
import { APPLICATION_TEXT_LIMITS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import { checkNotInFuture, checkOperationDay, isoOf } from './date-rules.js';
import type { OwnAccount, RequestReader } from './request-reader.js';

const IBAN_CODES: Readonly<Record<IbanIssueCode, ApplicationErrorCode>> = {
  IBAN_COUNTRY: ApplicationErrorCode.IbanCountry,
  IBAN_LENGTH: ApplicationErrorCode.IbanLength,
  IBAN_CHARACTERS: ApplicationErrorCode.IbanCharacters,
  IBAN_CHECKSUM: ApplicationErrorCode.IbanChecksum,
};
const SWIFT_BIC_CODES: Readonly<Record<SwiftBicIssueCode, ApplicationErrorCode>> = {
  SWIFT_BIC_FORMAT: ApplicationErrorCode.SwiftBicFormat,
  SWIFT_BIC_COUNTRY: ApplicationErrorCode.SwiftBicCountry,
};
const KNP_CODES: Readonly<Record<KnpIssueCode, ApplicationErrorCode>> = {
  KNP_FORMAT: ApplicationErrorCode.KnpFormat,
  KNP_UNKNOWN: ApplicationErrorCode.KnpUnknown,
};

/** What starts an IBAN: a country code and two check digits. Anything else is a plain account number. */
const IBAN_START = /^[A-Z]{2}\d{2}/;
const PLAIN_ACCOUNT = /^[0-9A-Z]{1,34}$/;

/**
 * A transfer abroad in a foreign currency, from one of the organization's foreign-currency accounts,
 * with what currency control asks for: the contract it pays under, and the contract's registration
 * number once the amount reaches the bank's threshold.
 */
export function parseForeignTransfer(reader: RequestReader): ForeignTransfer | undefined {
  const payer = readPayer(reader);
  const currency = reader.currencyOf('currency', payer);
  const amount = reader.money('amount', currency);
  const valueDate = reader.date('valueDate');
  checkOperationDay(reader, 'valueDate', valueDate);
  const beneficiary = {
    name: reader.text('beneficiary.name', APPLICATION_TEXT_LIMITS.name),
    address: reader.text('beneficiary.address', APPLICATION_TEXT_LIMITS.address),
    country: readCountry(reader, 'beneficiary.country'),
    account: readBeneficiaryAccount(reader),
  };
  const bank = {
    bic: reader.identifier('bank.bic', (text) => text.toUpperCase(), validateSwiftBic, SWIFT_BIC_CODES),
    name: reader.text('bank.name', APPLICATION_TEXT_LIMITS.name, false),
  };
  const charges = reader.oneOf('charges', CHARGES, true, ApplicationErrorCode.ChargesUnknown);
  const purpose = reader.text('purpose', APPLICATION_TEXT_LIMITS.purpose);
  const knp = reader.identifier(
    'knp',
    (text) => text,
    (text) => validateKnp(text, reader.context.knpCatalogue),
    KNP_CODES,
  );
  const contract = readContract(reader, amount);
  return completeContent(reader, {
    kind: 'FX_TRANSFER',
    payerIban: payer?.iban,
    amount,
    valueDate: isoOf(valueDate),
    beneficiary,
    bank,
    charges,
    purpose,
    knp,
    contract,
  });
}

/** Tenge leaves the country by a tenge payment, not a foreign-currency transfer. */
function readPayer(reader: RequestReader): OwnAccount | undefined {
  const payer = reader.ownAccount('payerIban');
  if (payer?.currency === NATIONAL_CURRENCY) {
    reader.report(
      'payerIban',
      ApplicationErrorCode.ForeignAccountRequired,
      'A foreign transfer is paid from an account in a foreign currency.',
    );
    return undefined;
  }
  return payer;
}

function readCountry(reader: RequestReader, path: string): string | undefined {
  const text = reader.string(path, true);
  if (text === undefined) return undefined;
  const country = text.toUpperCase();
  if (!isCountryCode(country)) {
    reader.report(path, ApplicationErrorCode.CountryUnknown, 'A country is its ISO 3166 two-letter code.');
    return undefined;
  }
  return country;
}

/** An IBAN where the account looks like one (checked by its country's rules), else a plain account number. */
function readBeneficiaryAccount(reader: RequestReader): string | undefined {
  const path = 'beneficiary.account';
  const text = reader.string(path, true);
  if (text === undefined) return undefined;
  const account = normalizeIban(text);
  if (IBAN_START.test(account)) {
    const issue = validateIban(account);
    if (issue) {
      reader.report(path, IBAN_CODES[issue.code], issue.message);
      return undefined;
    }
  } else if (!PLAIN_ACCOUNT.test(account)) {
    reader.report(
      path,
      ApplicationErrorCode.AccountFormat,
      'An account number is 1 to 34 letters and digits.',
    );
    return undefined;
  }
  return account;
}

function readContract(reader: RequestReader, amount: Money | undefined): object {
  const number = reader.text('contract.number', APPLICATION_TEXT_LIMITS.reference);
  const date = reader.date('contract.date');
  checkNotInFuture(reader, 'contract.date', date);
  const registrationNumber = reader.text(
    'contract.registrationNumber',
    APPLICATION_TEXT_LIMITS.reference,
    false,
  );
  const threshold = amount && reader.context.contractRegistrationThreshold(amount.currency);
  if (
    amount &&
    threshold !== undefined &&
    amount.minor >= threshold &&
    !reader.present('contract.registrationNumber')
  ) {
    reader.report(
      'contract.registrationNumber',
      ApplicationErrorCode.ContractRegistrationRequired,
      'A transfer of this amount needs the contract’s registration number.',
    );
  }
  return { number, date: isoOf(date), registrationNumber };
}
