import { NATIONAL_CURRENCY } from '../../currency/iso-4217.js';
import type { CurrencyExchange, ExchangeRateChoice } from '../application-content.js';
import { APPLICATION_TEXT_LIMITS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import { checkOperationDay, isoOf } from './date-rules.js';
import type { OwnAccount, RequestReader } from './request-reader.js';

type ExchangeKind = CurrencyExchange['kind'];

const FIXED_SIDES = ['DEBIT', 'CREDIT'] as const;
const RATE_KINDS = ['BANK', 'LIMIT'] as const;
/** A limit rate: quote units per base unit, up to 6 decimals (how banks quote cross rates). */
const RATE = /^(\d{1,9})(?:\.(\d{1,6}))?$/;

/**
 * Which currencies each exchange moves between, debit → credit: a purchase pays tenge for a foreign
 * currency, a sale the reverse, a conversion one foreign currency for another.
 */
const PAIR_RULES: Readonly<
  Record<ExchangeKind, { debitNational: boolean; creditNational: boolean; description: string }>
> = {
  CURRENCY_PURCHASE: {
    debitNational: true,
    creditNational: false,
    description: 'A purchase pays from a KZT account into a foreign-currency one.',
  },
  CURRENCY_SALE: {
    debitNational: false,
    creditNational: true,
    description: 'A sale pays from a foreign-currency account into a KZT one.',
  },
  CURRENCY_CONVERSION: {
    debitNational: false,
    creditNational: false,
    description: 'A conversion is between two accounts in different foreign currencies.',
  },
};

/**
 * Money between two of the organization's own accounts in two currencies. The amount is in the
 * currency of the side it fixes (what is given or what is received); the bank computes the other.
 */
export function parseCurrencyExchange(
  kind: ExchangeKind,
  reader: RequestReader,
): CurrencyExchange | undefined {
  const debit = reader.ownAccount('debitIban');
  const credit = reader.ownAccount('creditIban');
  checkPair(kind, reader, debit, credit);
  const fixedSide = reader.oneOf('fixedSide', FIXED_SIDES);
  const fixed = fixedSide === 'DEBIT' ? debit : fixedSide === 'CREDIT' ? credit : undefined;
  const amount = reader.money('amount', fixed?.currency);
  const rate = readRate(reader);
  const valueDate = reader.date('valueDate');
  checkOperationDay(reader, 'valueDate', valueDate);
  const purpose = reader.text('purpose', APPLICATION_TEXT_LIMITS.purpose);
  return completeContent(reader, {
    kind,
    debitIban: debit?.iban,
    creditIban: credit?.iban,
    fixedSide,
    amount,
    rate,
    valueDate: isoOf(valueDate),
    purpose,
  });
}

function checkPair(
  kind: ExchangeKind,
  reader: RequestReader,
  debit: OwnAccount | undefined,
  credit: OwnAccount | undefined,
): void {
  const rule = PAIR_RULES[kind];
  if (debit && debit.iban === credit?.iban) {
    reader.report('creditIban', ApplicationErrorCode.SameAccount, 'The account credited is the one debited.');
  }
  if (debit && (debit.currency === NATIONAL_CURRENCY) !== rule.debitNational) {
    reader.report('debitIban', ApplicationErrorCode.ExchangeCurrencies, rule.description);
  }
  if (credit && (credit.currency === NATIONAL_CURRENCY) !== rule.creditNational) {
    reader.report('creditIban', ApplicationErrorCode.ExchangeCurrencies, rule.description);
  }
  if (debit && credit && debit.currency === credit.currency) {
    reader.report('creditIban', ApplicationErrorCode.ExchangeCurrencies, rule.description);
  }
}

/** The bank's rate at execution, or a limit the client sets: a positive decimal, canonical without leading zeros. */
function readRate(reader: RequestReader): ExchangeRateChoice | undefined {
  if (!reader.present('rate')) {
    reader.report('rate', ApplicationErrorCode.FieldRequired, 'A value is required.');
    return undefined;
  }
  const value = reader.raw('rate');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reader.report('rate', ApplicationErrorCode.FieldType, 'The rate is the bank’s or a limit.');
    return undefined;
  }
  const kind = reader.oneOf('rate.kind', RATE_KINDS);
  if (kind !== 'LIMIT') return kind && { kind };
  const text = reader.string('rate.rate', true);
  if (text === undefined) return undefined;
  const match = RATE.exec(text);
  if (!match) {
    reader.report(
      'rate.rate',
      ApplicationErrorCode.RateFormat,
      'A rate is a decimal with at most 6 digits after the ".", e.g. 470.50.',
    );
    return undefined;
  }
  if (/^[0.]+$/.test(text)) {
    reader.report('rate.rate', ApplicationErrorCode.RateNotPositive, 'A rate must be greater than zero.');
    return undefined;
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  return { kind, rate: match[2] === undefined ? whole : `${whole}.${match[2]}` };
}
