import {
  type EmployeeField,
  type PaymentField,
  type PaymentKind,
  type PaymentValidationContext,
  type TengePaymentOrder,
  type Violation,
  CONTRIBUTION_KINDS,
  LIST_KINDS,
  PaymentErrorCode,
  formatTiyn,
  parseAmountToTiyn,
  parseTengePaymentOrderRequest,
} from '@qoltanba/workflows/domain';
import type { PaymentOrderBody } from '../document';

/** One employee of a list as typed: all text. */
export interface EmployeeFormRow {
  readonly iin: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly period: string;
  readonly iban: string;
  readonly amount: string;
}

/** The form's fields as the user types them: all text, the amount included (never a float). */
export interface PaymentFormValue {
  readonly kind: PaymentKind;
  readonly templateId: string;
  readonly employees: readonly EmployeeFormRow[];
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

/** A field of one row of the employee list, named as the API names it: `employees[2].iin`. */
export type RowField = `employees[${number}].${EmployeeField}`;
export type FormField = Exclude<keyof PaymentFormValue, 'templateId'> | RowField;

/** Which form field shows a violation of which order field (the API's dotted names). */
const FIELD_OF: Readonly<Record<string, FormField | undefined>> = {
  kind: 'kind',
  employees: 'employees',
  templateId: 'kind',
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
  'kind',
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
  'employees',
];

export function emptyForm(today: string, payerIban: string): PaymentFormValue {
  return {
    kind: 'ORDINARY',
    templateId: '',
    employees: [],
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
    kind: order.kind ?? 'ORDINARY',
    templateId: order.templateId ?? '',
    employees: (order.employees ?? []).map((row) => ({
      iin: row.iin,
      fullName: row.fullName,
      birthDate: row.birthDate ?? '',
      period: row.period ?? '',
      iban: row.iban ?? '',
      amount: formatTiyn(row.amountTiyn),
    })),
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

/** A new empty row of the list; contributions are for the current month unless changed. */
export function emptyRow(today: string): EmployeeFormRow {
  return {
    iin: '',
    fullName: '',
    birthDate: '',
    period: `${today.slice(5, 7)}${today.slice(0, 4)}`,
    iban: '',
    amount: '',
  };
}

/** The list's total in tiyn, or undefined while a row's amount is not yet an amount. */
export function listTotal(rows: readonly EmployeeFormRow[]): number | undefined {
  let total = 0;
  for (const row of rows) {
    const tiyn = amountTiyn(row.amount);
    if (tiyn === undefined) return undefined;
    total += tiyn;
  }
  return total;
}

/** The request body; an empty KOd is left out so the server uses the organization's own. */
export function requestOf(value: PaymentFormValue): PaymentOrderBody {
  const list = LIST_KINDS.has(value.kind);
  const contribution = CONTRIBUTION_KINDS.has(value.kind);
  return {
    ...(value.kind !== 'ORDINARY' ? { kind: value.kind } : {}),
    ...(value.kind === 'TEMPLATE_TRANSFER' ? { templateId: value.templateId } : {}),
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
    ...(list
      ? {
          employees: value.employees.map((row) => ({
            iin: row.iin,
            fullName: row.fullName,
            amount: normalizeAmount(row.amount),
            ...(contribution ? { birthDate: row.birthDate, period: row.period } : { iban: row.iban }),
          })),
        }
      : {}),
  };
}

/**
 * Every broken rule, by form field, from the very validator the API and the workflow run
 * (parseTengePaymentOrderRequest). A missing KOd or number is not an error here: the server fills
 * them in (the organization's KOd, the next number of its year).
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
      (violation) => !(AUTO_FILLED.has(violation.field) && violation.code === PaymentErrorCode.FieldRequired),
    ),
  );
}

const AUTO_FILLED = new Set(['kod', 'number']);

/** Violations (the validator's, or the API's) grouped by the form field that shows them. */
export function byFormField<V extends { field: string }>(
  violations: readonly V[],
): ReadonlyMap<FormField, readonly V[]> {
  const byField = new Map<FormField, V[]>();
  for (const violation of violations) {
    const field = ROW_FIELD.test(violation.field)
      ? (violation.field as RowField)
      : FIELD_OF[violation.field as PaymentField];
    if (field) byField.set(field, [...(byField.get(field) ?? []), violation]);
  }
  return byField;
}

const ROW_FIELD = /^employees\[\d+\]\.(iin|fullName|birthDate|period|iban|amount)$/;

/** Budget payments carry a KBK; the field shows only for them (or when filled). */
export function isBudgetPayment(value: PaymentFormValue): boolean {
  return value.kind === 'BUDGET';
}
