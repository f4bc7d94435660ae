import { daysBetween } from '../../calendar/iso-date.js';
import {
  BANK_CERTIFICATE_KINDS,
  CERTIFICATE_LANGUAGES,
  type BankCertificateRequest,
} from '../application-content.js';
import { APPLICATION_TEXT_LIMITS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import { checkNotInFuture, isoOf } from './date-rules.js';
import type { RequestReader } from './request-reader.js';

/**
 * A certificate from the bank about an account: its balance on a day, its turnover over a period,
 * that the organization owes nothing (every account when none is named), or the account's details.
 * Only the dates of the chosen certificate are read; the others are left out of the content.
 */
export function parseBankCertificate(reader: RequestReader): BankCertificateRequest | undefined {
  const certificateKind = reader.oneOf('certificateKind', BANK_CERTIFICATE_KINDS);
  const account = reader.ownAccount('accountIban', certificateKind !== 'NO_DEBTS');
  const language = reader.oneOf('language', CERTIFICATE_LANGUAGES);
  let dates: object = {};
  if (certificateKind === 'BALANCE') {
    const asOf = reader.date('asOf');
    checkNotInFuture(reader, 'asOf', asOf);
    dates = { asOf: isoOf(asOf) };
  } else if (certificateKind === 'TURNOVER') {
    const from = reader.date('from');
    const to = reader.date('to');
    checkNotInFuture(reader, 'from', from);
    checkNotInFuture(reader, 'to', to);
    if (from && to && daysBetween(from, to) < 0) {
      reader.report('to', ApplicationErrorCode.PeriodReversed, 'The period ends before it starts.');
    }
    dates = { from: isoOf(from), to: isoOf(to) };
  }
  const addressee = reader.text('addressee', APPLICATION_TEXT_LIMITS.shortText, false);
  return completeContent(reader, {
    kind: 'BANK_CERTIFICATE',
    certificateKind,
    accountIban: account?.iban,
    language,
    ...dates,
    addressee,
  });
}
