import { daysBetween, parseIsoDate, type CalendarDate } from '../calendar/iso-date.js';
import { validateBic, type BicIssueCode } from '../identifiers/bic.js';
import { validateIinBin } from '../identifiers/iin-bin.js';
import { validateKnp, type KnpIssueCode } from '../identifiers/knp.js';
import { validateKodKbe, type KodKbeIssueCode } from '../identifiers/kod-kbe.js';
import { ibanBankCode, validateKzIban } from '../identifiers/kz-iban.js';
import type { ValidationIssue } from '../validation-issue.js';
import { TIYN_READER, type AmountReader } from './amount-reading.js';
import { asRecord } from './as-record.js';
import { IBAN_CODES, IIN_BIN_CODES, checkText, type Report } from './field-rules.js';
import { checkKindRules } from './kind-rules.js';
import { PaymentErrorCode } from './payment-error-code.js';
import { isPaymentKind, paymentKindOf } from './payment-kind.js';
import type { PaymentField, Violation } from './payment-violation.js';
import type { PaymentValidationContext, TengePaymentOrder } from './tenge-payment-order.js';

/** Document numbers: what accounting software prints, e.g. `125`, `ПП-0042`, `2026/17`. */
const DOCUMENT_NUMBER = /^[\p{L}0-9/-]{1,20}$/u;
export const MAX_DOCUMENT_NUMBER_LENGTH = 20;
export const MAX_PURPOSE_LENGTH = 420;
export const MAX_BENEFICIARY_NAME_LENGTH = 160;
/** The interbank clearing system accepts value dates up to 3 calendar days ahead. */
export const MAX_VALUE_DATE_DAYS_AHEAD = 3;

const LABELS: Readonly<Record<string, string>> = {
  kind: 'Kind of payment',
  number: 'Document number',
  date: 'Document date',
  valueDate: 'Value date',
  payerIban: 'Payer account (IBAN)',
  kod: 'Sender code (KOd)',
  amount: 'Amount',
  currency: 'Currency',
  'beneficiary.name': 'Beneficiary name',
  'beneficiary.binIin': 'Beneficiary IIN/BIN',
  'beneficiary.iban': 'Beneficiary account (IBAN)',
  'beneficiary.bic': 'Beneficiary bank BIC',
  'beneficiary.kbe': 'Beneficiary code (KBe)',
  knp: 'Payment purpose code (KNP)',
  kbk: 'Budget classification code (KBK)',
  purpose: 'Payment purpose',
  employees: 'Employee list',
  templateId: 'Template',
};

const KOD_KBE_CODES: Readonly<Record<KodKbeIssueCode, PaymentErrorCode>> = {
  KOD_KBE_FORMAT: PaymentErrorCode.KodKbeFormat,
  KOD_KBE_RESIDENCY: PaymentErrorCode.KodKbeResidency,
  KOD_KBE_SECTOR: PaymentErrorCode.KodKbeSector,
};
const BIC_CODES: Readonly<Record<BicIssueCode, PaymentErrorCode>> = {
  BIC_FORMAT: PaymentErrorCode.BicFormat,
  BIC_COUNTRY: PaymentErrorCode.BicCountry,
};
const KNP_CODES: Readonly<Record<KnpIssueCode, PaymentErrorCode>> = {
  KNP_FORMAT: PaymentErrorCode.KnpFormat,
  KNP_UNKNOWN: PaymentErrorCode.KnpUnknown,
};

/**
 * Every rule a tenge payment order breaks, in a stable order (the fields as the form shows them, then
 * the rules of each field in a fixed sequence); an empty list means it may be signed. Runs the same
 * in the browser, the API and the workflow, so what the client saw accepted is what the workflow
 * accepts. Never throws on a malformed order (the API may hand over whatever JSON it received); it
 * throws only when `context.today` is not a date, a fault of the caller rather than of the client.
 */
export function validateTengePaymentOrder(
  order: TengePaymentOrder,
  context: PaymentValidationContext,
): Violation[] {
  return collectViolations(asRecord(order), context, TIYN_READER);
}

/**
 * The shared body of {@link validateTengePaymentOrder} and the API request parser, which reads the
 * amounts from their decimal text.
 */
export function collectViolations(
  order: Readonly<Record<string, unknown>>,
  context: PaymentValidationContext,
  amounts: AmountReader,
): Violation[] {
  const today = parseIsoDate(context.today);
  if (!today) {
    throw new RangeError(`The validation context's today is not a YYYY-MM-DD date: ${context.today}`);
  }
  const beneficiary = asRecord(order.beneficiary);
  const violations: Violation[] = [];
  const reporter =
    (field: PaymentField) =>
    (code: PaymentErrorCode, message: string): void => {
      violations.push({ field, code, message });
    };
  /** Reports a missing value and returns false, so the field's other rules are skipped. */
  const present = (field: PaymentField, value: unknown): boolean => {
    const missing =
      value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (missing) reporter(field)(PaymentErrorCode.FieldRequired, `${LABELS[field]} is required.`);
    return !missing;
  };
  const identifier = <Code extends string>(
    field: PaymentField,
    value: unknown,
    validate: (text: string) => ValidationIssue<Code> | undefined,
    codes: Readonly<Record<Code, PaymentErrorCode>>,
  ): boolean => {
    if (!present(field, value)) return false;
    const issue = validate(value as string);
    if (issue) reporter(field)(codes[issue.code], issue.message);
    return issue === undefined;
  };

  const kindKnown = order.kind === undefined || isPaymentKind(order.kind);
  if (!kindKnown) {
    reporter('kind')(PaymentErrorCode.KindUnknown, 'Choose a kind of payment from the catalogue.');
  }
  if (present('number', order.number)) checkNumber(order.number, reporter('number'));

  const date = present('date', order.date) ? checkDate(order.date, today, reporter('date')) : undefined;
  if (present('valueDate', order.valueDate)) {
    checkValueDate(order.valueDate, date, today, reporter('valueDate'));
  }

  const payerIbanValid = identifier('payerIban', order.payerIban, validateKzIban, IBAN_CODES);
  identifier('kod', order.kod, validateKodKbe, KOD_KBE_CODES);
  const amount = amounts.order(order);
  if (amount === undefined)
    reporter('amount')(PaymentErrorCode.FieldRequired, `${LABELS.amount} is required.`);
  else if (typeof amount !== 'number') reporter('amount')(amount.code, amount.message);
  if (present('currency', order.currency) && order.currency !== 'KZT') {
    reporter('currency')(PaymentErrorCode.CurrencyNotKzt, 'A tenge payment order is in KZT.');
  }

  if (present('beneficiary.name', beneficiary.name)) {
    checkText(beneficiary.name, MAX_BENEFICIARY_NAME_LENGTH, reporter('beneficiary.name'));
  }
  identifier('beneficiary.binIin', beneficiary.binIin, validateIinBin, IIN_BIN_CODES);
  const beneficiaryIban = beneficiary.iban as string;
  let beneficiaryBic: string | undefined;
  if (identifier('beneficiary.iban', beneficiaryIban, validateKzIban, IBAN_CODES)) {
    const bank = context.bankDirectory.get(ibanBankCode(beneficiaryIban));
    if (!bank) {
      reporter('beneficiary.iban')(
        PaymentErrorCode.BeneficiaryBankUnknown,
        `No bank in the directory has the code ${ibanBankCode(beneficiaryIban)} this IBAN carries.`,
      );
    } else {
      beneficiaryBic = bank.bic;
    }
    if (payerIbanValid && beneficiaryIban === order.payerIban) {
      reporter('beneficiary.iban')(
        PaymentErrorCode.SameAccount,
        'The beneficiary account is the paying account.',
      );
    }
  }
  if (identifier('beneficiary.bic', beneficiary.bic, validateBic, BIC_CODES)) {
    if (beneficiaryBic !== undefined && beneficiary.bic !== beneficiaryBic) {
      reporter('beneficiary.bic')(
        PaymentErrorCode.BicMismatch,
        `The beneficiary's IBAN is at the bank with BIC ${beneficiaryBic}, not ${String(beneficiary.bic)}.`,
      );
    }
  }
  identifier('beneficiary.kbe', beneficiary.kbe, validateKodKbe, KOD_KBE_CODES);

  identifier('knp', order.knp, (knp) => validateKnp(knp, context.knpCatalogue), KNP_CODES);

  if (present('purpose', order.purpose)) checkText(order.purpose, MAX_PURPOSE_LENGTH, reporter('purpose'));
  if (kindKnown) {
    const refused = new Set(violations.map((v) => v.field));
    checkKindRules(order, paymentKindOf(order), context, amounts, reporter, (f) => refused.has(f));
  }
  return violations;
}

function checkNumber(value: unknown, report: Report): void {
  if (typeof value !== 'string' || !DOCUMENT_NUMBER.test(value)) {
    report(
      PaymentErrorCode.NumberFormat,
      `A document number is 1 to ${MAX_DOCUMENT_NUMBER_LENGTH} letters, digits, "-" or "/".`,
    );
  }
}

/** Checks the document date and returns it when it is a date, for the value-date rules. */
function checkDate(value: unknown, today: CalendarDate, report: Report): CalendarDate | undefined {
  const date = parseIsoDate(value as string);
  if (!date) {
    report(PaymentErrorCode.DateFormat, 'A date is a real calendar day written YYYY-MM-DD.');
    return undefined;
  }
  if (daysBetween(today, date) > 0)
    report(PaymentErrorCode.DateInFuture, 'The document date is after today.');
  return date;
}

function checkValueDate(
  value: unknown,
  date: CalendarDate | undefined,
  today: CalendarDate,
  report: Report,
): void {
  const valueDate = parseIsoDate(value as string);
  if (!valueDate) {
    report(PaymentErrorCode.DateFormat, 'A date is a real calendar day written YYYY-MM-DD.');
    return;
  }
  if (date && daysBetween(date, valueDate) < 0) {
    report(PaymentErrorCode.ValueDateBeforeDate, 'The value date is before the document date.');
  }
  const daysAhead = daysBetween(today, valueDate);
  if (daysAhead < 0) report(PaymentErrorCode.ValueDateInPast, 'The value date has passed.');
  if (daysAhead > MAX_VALUE_DATE_DAYS_AHEAD) {
    report(
      PaymentErrorCode.ValueDateTooFar,
      `The value date is at most ${MAX_VALUE_DATE_DAYS_AHEAD} calendar days after today.`,
    );
  }
}
