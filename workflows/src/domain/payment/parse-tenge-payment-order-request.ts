import { parseAmountToTiyn, type AmountIssueCode } from '../identifiers/amount.js';
import { normalizeIban } from '../identifiers/kz-iban.js';
import { asRecord } from './as-record.js';
import { PaymentErrorCode } from './payment-error-code.js';
import type { Violation } from './payment-violation.js';
import type { PaymentValidationContext, TengePaymentOrder } from './tenge-payment-order.js';
import { collectViolations } from './validate-tenge-payment-order.js';

/**
 * A payment order as the API's JSON body (and the web form) carries it: the amount as the decimal
 * text people type (`"1250.50"`), everything else as in {@link TengePaymentOrder}.
 */
export interface TengePaymentOrderRequest extends Omit<TengePaymentOrder, 'amountTiyn' | 'kbk'> {
  amount: string;
  kbk?: string | null;
}

export type TengePaymentOrderParseResult =
  | { readonly ok: true; readonly order: TengePaymentOrder }
  | { readonly ok: false; readonly violations: Violation[] };

const AMOUNT_CODES: Readonly<Record<AmountIssueCode, PaymentErrorCode>> = {
  AMOUNT_FORMAT: PaymentErrorCode.AmountFormat,
  AMOUNT_TOO_MANY_DECIMALS: PaymentErrorCode.AmountTooManyDecimals,
  AMOUNT_NOT_POSITIVE: PaymentErrorCode.AmountNotPositive,
  AMOUNT_TOO_LARGE: PaymentErrorCode.AmountTooLarge,
};

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
  const candidate = {
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
  };
  const amountText = trim(fields.amount);
  const amount =
    typeof amountText === 'string' && amountText !== '' ? parseAmountToTiyn(amountText) : undefined;

  const violations = collectViolations(candidate, context, (report) => {
    if (amount === undefined) report(PaymentErrorCode.FieldRequired, 'Amount is required.');
    else if (typeof amount !== 'number') report(AMOUNT_CODES[amount.code], amount.message);
  });
  if (violations.length > 0 || typeof amount !== 'number') return { ok: false, violations };
  // Every field has now passed its rule, so the candidate has the order's shape.
  return { ok: true, order: { ...(candidate as Omit<TengePaymentOrder, 'amountTiyn'>), amountTiyn: amount } };
}

function trim(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

function upper(value: unknown): unknown {
  return typeof value === 'string' ? value.toUpperCase() : value;
}
