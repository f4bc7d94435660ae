import {
  MAX_AMOUNT_TIYN,
  formatTiyn,
  parseAmountToTiyn,
  type AmountIssueCode,
} from '../identifiers/amount.js';
import { PaymentErrorCode } from './payment-error-code.js';

/** An amount as read from an order or a request: tiyn, why it could not be read, or nothing at all. */
export type AmountReading =
  number | { readonly code: PaymentErrorCode; readonly message: string } | undefined;

/**
 * How validation reads amounts: a signed order holds integer tiyn (`amountTiyn`), a request the
 * decimal text people type (`amount`). The rules are the same either way.
 */
export interface AmountReader {
  readonly order: (order: Readonly<Record<string, unknown>>) => AmountReading;
  readonly row: (row: Readonly<Record<string, unknown>>) => AmountReading;
}

const AMOUNT_CODES: Readonly<Record<AmountIssueCode, PaymentErrorCode>> = {
  AMOUNT_FORMAT: PaymentErrorCode.AmountFormat,
  AMOUNT_TOO_MANY_DECIMALS: PaymentErrorCode.AmountTooManyDecimals,
  AMOUNT_NOT_POSITIVE: PaymentErrorCode.AmountNotPositive,
  AMOUNT_TOO_LARGE: PaymentErrorCode.AmountTooLarge,
};

/** Integer tiyn, as a canonical order carries them. */
export function readTiyn(value: unknown): AmountReading {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return { code: PaymentErrorCode.AmountFormat, message: 'An amount is a whole number of tiyn.' };
  }
  if (value <= 0) {
    return { code: PaymentErrorCode.AmountNotPositive, message: 'An amount must be greater than zero.' };
  }
  if (value > MAX_AMOUNT_TIYN) {
    return {
      code: PaymentErrorCode.AmountTooLarge,
      message: `An amount is at most ${formatTiyn(MAX_AMOUNT_TIYN)} KZT.`,
    };
  }
  return value;
}

/** Decimal text in tenge (`"1250.50"`), as a request carries it. */
export function readAmountText(value: unknown): AmountReading {
  const text = typeof value === 'string' ? value.trim() : value;
  if (text === undefined || text === null || text === '') return undefined;
  const tiyn = parseAmountToTiyn(text as string);
  return typeof tiyn === 'number' ? tiyn : { code: AMOUNT_CODES[tiyn.code], message: tiyn.message };
}

export const TIYN_READER: AmountReader = {
  order: (order) => readTiyn(order.amountTiyn),
  row: (row) => readTiyn(row.amountTiyn),
};

export const TEXT_READER: AmountReader = {
  order: (order) => readAmountText(order.amount),
  row: (row) => readAmountText(row.amount),
};
