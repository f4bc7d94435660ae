import {
  type PaymentField,
  type PaymentValidationContext,
  type TengePaymentOrder,
  type Violation,
  PaymentErrorCode,
  TREASURY_BIC,
  formatTiyn,
  parseAmountToTiyn,
  parseTengePaymentOrderRequest,
} from '@qoltanba/workflows/domain';
import type { PaymentOrderBody } from '../document';

/** The form's fields as the user types them: all text, the amount included (never a float). */
export interface PaymentFormValue {
  readonly number: string;
  readonly date: string;
  readonly valueDate: string;
  readonly payerIban: string;
  readonly kod: string;
  readonly amount: string;
  readonly beneficiaryName: string;
  readonly binIin: string;
  readonly beneficiaryIban: string;
  readonly bic: string;
  readonly kbe: string;
  readonly knp: string;
  readonly kbk: string;
  readonly purpose: string;
}

export type FormField = keyof PaymentFormValue;

/** Which form field shows a violation of which order field (the API's dotted names). */
const FIELD_OF: Readonly<Record<PaymentField, FormField | undefined>> = {
  number: 'number',
  date: 'date',
  valueDate: 'valueDate',
  payerIban: 'payerIban',
  kod: 'kod',
  amount: 'amount',
  currency: undefined,
  'beneficiary.name': 'beneficiaryName',
  'beneficiary.binIin': 'binIin',
  'beneficiary.iban': 'beneficiaryIban',
  'beneficiary.bic': 'bic',
  'beneficiary.kbe': 'kbe',
  knp: 'knp',
  kbk: 'kbk',
  purpose: 'purpose',
};

/** The order of the fields on screen: the first with an error gets the focus. */
export const FIELD_ORDER: readonly FormField[] = [
  'number',
  'date',
  'valueDate',
  'payerIban',
  'kod',
  'amount',
  'beneficiaryName',
  'binIin',
  'beneficiaryIban',
  'bic',
  'kbe',
  'knp',
  'kbk',
  'purpose',
];

export function emptyForm(today: string, payerIban: string): PaymentFormValue {
  return {
    number: '',
    date: today,
    valueDate: today,
    payerIban,
    kod: '',
    amount: '',
    beneficiaryName: '',
    binIin: '',
    beneficiaryIban: '',
    bic: '',
    kbe: '',
    knp: '',
    kbk: '',
    purpose: '',
  };
}

/** An existing order back into the form, the amount as its exact decimal text. */
export function formOf(order: TengePaymentOrder): PaymentFormValue {
  return {
    number: order.number,
    date: order.date,
    valueDate: order.valueDate,
    payerIban: order.payerIban,
    kod: order.kod,
    amount: formatTiyn(order.amountTiyn),
    beneficiaryName: order.beneficiary.name,
    binIin: order.beneficiary.binIin,
    beneficiaryIban: order.beneficiary.iban,
    bic: order.beneficiary.bic,
    kbe: order.beneficiary.kbe,
    knp: order.knp,
    kbk: order.kbk ?? '',
    purpose: order.purpose,
  };
}

/**
 * What people type as an amount, as the decimal text the rules read: spaces (thin, no-break) go,
 * a comma is the decimal separator unless a point is there too (then commas were grouping).
 * Pure text work: `0.10` stays `0.10`, nothing passes through a binary float.
 */
export function normalizeAmount(text: string): string {
  const compact = text.replace(/[\s\u00a0\u2009\u202f]/g, '');
  return compact.includes('.') ? compact.replace(/,/g, '') : compact.replace(/,/g, '.');
}

/** The amount's integer tiyn, or undefined while it is not a valid amount. */
export function amountTiyn(text: string): number | undefined {
  const tiyn = parseAmountToTiyn(normalizeAmount(text));
  return typeof tiyn === 'number' ? tiyn : undefined;
}

/** The request body; an empty KOd is left out so the server uses the organization's own. */
export function requestOf(value: PaymentFormValue): PaymentOrderBody {
  return {
    number: value.number,
    date: value.date,
    valueDate: value.valueDate,
    payerIban: value.payerIban,
    ...(value.kod.trim() ? { kod: value.kod } : {}),
    amount: normalizeAmount(value.amount),
    currency: 'KZT',
    beneficiary: {
      name: value.beneficiaryName,
      binIin: value.binIin,
      iban: value.beneficiaryIban,
      bic: value.bic,
      kbe: value.kbe,
    },
    knp: value.knp,
    purpose: value.purpose,
    ...(value.kbk.trim() ? { kbk: value.kbk } : {}),
  };
}

/**
 * Every broken rule, by form field, from the very validator the API and the workflow run
 * (parseTengePaymentOrderRequest). A missing KOd is not an error here: the server fills it in.
 */
export function violationsOf(
  value: PaymentFormValue,
  context: PaymentValidationContext,
): ReadonlyMap<FormField, readonly Violation[]> {
  const body = requestOf(value);
  const result = parseTengePaymentOrderRequest({ kod: '', ...body }, context);
  if (result.ok) return new Map();
  return byFormField(
    result.violations.filter(
      (violation) => !(violation.field === 'kod' && violation.code === PaymentErrorCode.FieldRequired),
    ),
  );
}

/** Violations (the validator's, or the API's) grouped by the form field that shows them. */
export function byFormField<V extends { field: string }>(
  violations: readonly V[],
): ReadonlyMap<FormField, readonly V[]> {
  const byField = new Map<FormField, V[]>();
  for (const violation of violations) {
    const field = FIELD_OF[violation.field as PaymentField];
    if (field) byField.set(field, [...(byField.get(field) ?? []), violation]);
  }
  return byField;
}

/** Budget payments (to the Treasury) carry a KBK; the field shows only for them (or when filled). */
export function isBudgetPayment(value: PaymentFormValue): boolean {
  return value.bic.trim().toUpperCase() === TREASURY_BIC;
}
