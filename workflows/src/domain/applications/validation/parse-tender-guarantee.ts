import { validateIinBin, type IinBinIssueCode } from '../../identifiers/iin-bin.js';
import type { TenderGuarantee } from '../application-content.js';
import { APPLICATION_TEXT_LIMITS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import { checkAfterToday, isoOf } from './date-rules.js';
import type { RequestReader } from './request-reader.js';

const IIN_BIN_CODES: Readonly<Record<IinBinIssueCode, ApplicationErrorCode>> = {
  IIN_BIN_FORMAT: ApplicationErrorCode.IinBinFormat,
  IIN_BIN_CHECKSUM: ApplicationErrorCode.IinBinChecksum,
  IIN_BIN_DATE: ApplicationErrorCode.IinBinDate,
  IIN_BIN_STRUCTURE: ApplicationErrorCode.IinBinStructure,
};

/**
 * A guarantee for a tender, issued to its organizer. The account is where the bank's fee is taken,
 * so the guaranteed amount may be in another currency than the account's.
 */
export function parseTenderGuarantee(reader: RequestReader): TenderGuarantee | undefined {
  const account = reader.ownAccount('accountIban');
  const tender = {
    number: reader.text('tender.number', APPLICATION_TEXT_LIMITS.reference),
    subject: reader.text('tender.subject', APPLICATION_TEXT_LIMITS.tenderSubject),
  };
  const beneficiary = {
    name: reader.text('beneficiary.name', APPLICATION_TEXT_LIMITS.name),
    binIin: reader.identifier('beneficiary.binIin', (text) => text, validateIinBin, IIN_BIN_CODES),
  };
  const currency = reader.currencyOf('currency', undefined);
  const amount = reader.money('amount', currency);
  const validUntil = reader.date('validUntil');
  checkAfterToday(reader, 'validUntil', validUntil);
  return completeContent(reader, {
    kind: 'TENDER_GUARANTEE',
    accountIban: account?.iban,
    tender,
    beneficiary,
    amount,
    validUntil: isoOf(validUntil),
  });
}
