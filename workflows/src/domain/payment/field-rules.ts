import type { IinBinIssueCode } from '../identifiers/iin-bin.js';
import type { KzIbanIssueCode } from '../identifiers/kz-iban.js';
import { PaymentErrorCode } from './payment-error-code.js';

/** Rules shared by a payment order's own fields and the rows of its employee list. */

/** Reports a broken rule of one field. */
export type Report = (code: PaymentErrorCode, message: string) => void;

export const IBAN_CODES: Readonly<Record<KzIbanIssueCode, PaymentErrorCode>> = {
  IBAN_LENGTH: PaymentErrorCode.IbanLength,
  IBAN_CHARACTERS: PaymentErrorCode.IbanCharacters,
  IBAN_COUNTRY: PaymentErrorCode.IbanCountry,
  IBAN_FORMAT: PaymentErrorCode.IbanFormat,
  IBAN_CHECKSUM: PaymentErrorCode.IbanChecksum,
};
export const IIN_BIN_CODES: Readonly<Record<IinBinIssueCode, PaymentErrorCode>> = {
  IIN_BIN_FORMAT: PaymentErrorCode.IinBinFormat,
  IIN_BIN_CHECKSUM: PaymentErrorCode.IinBinChecksum,
  IIN_BIN_DATE: PaymentErrorCode.IinBinDate,
  IIN_BIN_STRUCTURE: PaymentErrorCode.IinBinStructure,
};

/** Control characters other than CR and LF, and a UTF-16 surrogate without its other half. */
const UNTYPABLE = /[^\P{Cc}\r\n]|\p{Cs}/u;

/**
 * Free text is signed exactly as stored, so it must arrive trimmed (the API trims what people type);
 * lengths count characters (code points), as the clearing system's message fields do. Characters
 * nobody types are refused: they could not be stored (NUL), sent on, or read on a printed order.
 */
export function checkText(value: unknown, maxLength: number, report: Report): void {
  if (typeof value !== 'string') {
    report(PaymentErrorCode.FieldRequired, 'Text is required here.');
    return;
  }
  if (value !== value.trim()) {
    report(PaymentErrorCode.TextNotTrimmed, 'Text must not start or end with spaces.');
  }
  if ([...value].length > maxLength) {
    report(PaymentErrorCode.TextTooLong, `At most ${maxLength} characters.`);
  }
  if (UNTYPABLE.test(value)) {
    report(PaymentErrorCode.TextCharacters, 'Text must not contain control characters.');
  }
}
