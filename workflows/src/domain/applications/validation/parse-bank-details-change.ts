import type { BankDetailsChange } from '../application-content.js';
import { APPLICATION_TEXT_LIMITS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import type { RequestReader } from './request-reader.js';

/** E.164: `+`, then the country code and number, 11 to 15 digits in all (Kazakhstan: +7 and 10 digits). */
const PHONE = /^\+[1-9]\d{10,14}$/;
/** What people put between a phone number's digits. */
const PHONE_PUNCTUATION = /[\s()-]/g;
/** The shape of an address, not its deliverability: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

const DETAILS = ['legalAddress', 'postalAddress', 'phone', 'email', 'headName'] as const;

/**
 * New details of the organization for the bank to record: at least one of them (the note alone
 * changes nothing). The phone is kept without its punctuation, in international form.
 */
export function parseBankDetailsChange(reader: RequestReader): BankDetailsChange | undefined {
  if (!DETAILS.some((field) => reader.present(field))) {
    // Reported on the first field, where the form shows it.
    reader.report(
      'legalAddress',
      ApplicationErrorCode.NothingToChange,
      'Fill in at least one of the details to change.',
    );
  }
  const legalAddress = reader.text('legalAddress', APPLICATION_TEXT_LIMITS.address, false);
  const postalAddress = reader.text('postalAddress', APPLICATION_TEXT_LIMITS.address, false);
  const phone = readPhone(reader);
  const email = readEmail(reader);
  const headName = reader.text('headName', APPLICATION_TEXT_LIMITS.name, false);
  const note = reader.text('note', APPLICATION_TEXT_LIMITS.note, false);
  return completeContent(reader, {
    kind: 'BANK_DETAILS_CHANGE',
    legalAddress,
    postalAddress,
    phone,
    email,
    headName,
    note,
  });
}

function readPhone(reader: RequestReader): string | undefined {
  const text = reader.string('phone', false);
  if (text === undefined) return undefined;
  const phone = text.replace(PHONE_PUNCTUATION, '');
  if (!PHONE.test(phone)) {
    reader.report(
      'phone',
      ApplicationErrorCode.PhoneFormat,
      'A phone number in international form: +7 and 10 digits.',
    );
    return undefined;
  }
  return phone;
}

function readEmail(reader: RequestReader): string | undefined {
  const email = reader.text('email', APPLICATION_TEXT_LIMITS.email, false);
  if (email !== undefined && !EMAIL.test(email)) {
    reader.report('email', ApplicationErrorCode.EmailFormat, 'An e-mail address is written name@domain.kz.');
    return undefined;
  }
  return email;
}
