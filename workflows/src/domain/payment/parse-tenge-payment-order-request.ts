import { normalizeIban } from '../identifiers/kz-iban.js';
import { TEXT_READER, readAmountText } from './amount-reading.js';
import { asRecord } from './as-record.js';
import { CONTRIBUTION_KINDS, LIST_KINDS, isPaymentKind, type PaymentKind } from './payment-kind.js';
import type { Violation } from './payment-violation.js';
import type { EmployeeRow, PaymentValidationContext, TengePaymentOrder } from './tenge-payment-order.js';
import { collectViolations } from './validate-tenge-payment-order.js';

/**
 * A payment order as the API's JSON body (and the web form) carries it: the amount as the decimal
 * text people type (`"1250.50"`), everything else as in {@link TengePaymentOrder}.
 */
export interface TengePaymentOrderRequest extends Omit<
  TengePaymentOrder,
  'amountTiyn' | 'kbk' | 'employees' | 'templateId'
> {
  amount: string;
  kbk?: string | null;
  employees?: EmployeeRowRequest[] | null;
  templateId?: string | null;
}

/** An employee row as the request carries it: the amount as decimal text. */
export interface EmployeeRowRequest extends Omit<EmployeeRow, 'amountTiyn'> {
  amount: string;
}

export type TengePaymentOrderParseResult =
  | { readonly ok: true; readonly order: TengePaymentOrder }
  | { readonly ok: false; readonly violations: Violation[] };

/**
 * Turns what a client sent into the canonical order that will be signed — text trimmed, IBANs
 * without spaces and upper-case, BIC upper-case, an empty KBK left out, the amount in tiyn — and
 * validates it, reporting the amount's text under `amount` exactly once. Every violation of the
 * request comes back in one answer, in the order of {@link validateTengePaymentOrder}.
 */
export function parseTengePaymentOrderRequest(
  request: TengePaymentOrderRequest,
  context: PaymentValidationContext,
): TengePaymentOrderParseResult {
  const fields = asRecord(request);
  const beneficiary = asRecord(fields.beneficiary);
  const kbk = trim(fields.kbk);
  const templateId = trim(fields.templateId);
  const kind = fields.kind;
  const candidate = {
    // An ordinary payment leaves the kind out, so it signs the same content as before the catalogue.
    ...(kind !== undefined && kind !== null && kind !== 'ORDINARY' ? { kind } : {}),
    number: trim(fields.number),
    date: trim(fields.date),
    valueDate: trim(fields.valueDate),
    payerIban: normalizeIban(fields.payerIban as string),
    kod: trim(fields.kod),
    currency: fields.currency,
    beneficiary: {
      name: trim(beneficiary.name),
      binIin: trim(beneficiary.binIin),
      iban: normalizeIban(beneficiary.iban as string),
      bic: upper(trim(beneficiary.bic)),
      kbe: trim(beneficiary.kbe),
    },
    knp: trim(fields.knp),
    purpose: trim(fields.purpose),
    ...(typeof kbk === 'string' && kbk !== '' ? { kbk } : {}),
    ...(typeof templateId === 'string' && templateId !== '' ? { templateId } : {}),
    ...(fields.employees !== undefined && fields.employees !== null
      ? { employees: employeeRowsOf(fields.employees, isPaymentKind(kind) ? kind : 'ORDINARY') }
      : {}),
    amount: fields.amount,
  };

  const violations = collectViolations(candidate, context, TEXT_READER);
  if (violations.length > 0) return { ok: false, violations };
  // Every field has now passed its rule, so the candidate has the order's shape and readable amounts.
  return { ok: true, order: canonicalOrder(candidate) };
}

/** Rows trimmed, with only the fields their kind uses, so the signed list carries nothing stray. */
function employeeRowsOf(rows: unknown, kind: PaymentKind): unknown {
  if (!Array.isArray(rows)) return rows;
  const contribution = CONTRIBUTION_KINDS.has(kind) || !LIST_KINDS.has(kind);
  return rows.map((value) => {
    const row = asRecord(value);
    return {
      iin: trim(row.iin),
      fullName: trim(row.fullName),
      amount: row.amount,
      ...(contribution
        ? { birthDate: trim(row.birthDate), period: trim(row.period) }
        : { iban: typeof row.iban === 'string' ? normalizeIban(row.iban) : row.iban }),
    };
  });
}

function canonicalOrder(candidate: Record<string, unknown>): TengePaymentOrder {
  const { amount, employees, ...rest } = candidate;
  const order = { ...rest, amountTiyn: readAmountText(amount) } as unknown as TengePaymentOrder;
  if (Array.isArray(employees)) {
    order.employees = employees.map((row: Record<string, unknown>) => {
      const { amount: rowAmount, ...fields } = row;
      return { ...fields, amountTiyn: readAmountText(rowAmount) } as unknown as EmployeeRow;
    });
  }
  return order;
}

function trim(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

function upper(value: unknown): unknown {
  return typeof value === 'string' ? value.toUpperCase() : value;
}
