import type { Money } from '../applications/application-content.js';
import { currencyExponent, NATIONAL_CURRENCY } from './iso-4217.js';

/**
 * The arithmetic of an exchange between two of a client's accounts, exact: rates are decimal text
 * with at most 6 fraction digits, held as integers of millionths; amounts are integer minor units;
 * each result is rounded half-up to the minor unit. No binary floating point anywhere.
 */

export interface ExchangeQuoteInput {
  kind: 'CURRENCY_PURCHASE' | 'CURRENCY_SALE' | 'CURRENCY_CONVERSION';
  debitCurrency: string;
  creditCurrency: string;
  /** Which side the amount fixes: what is given (DEBIT) or what is received (CREDIT). */
  fixedSide: 'DEBIT' | 'CREDIT';
  amountMinor: number;
  /** KZT per one unit of each foreign currency: the bank buys at `buy`, sells at `sell`. */
  rates: ReadonlyMap<string, { buy: string; sell: string }>;
  /** The client's limit rate, in the executed rate's terms. */
  limit?: string;
}

export type ExchangeQuote =
  | { ok: true; executedRate: string; debited: Money; credited: Money }
  | {
      ok: false;
      reason: 'RATE_NOT_AVAILABLE' | 'LIMIT_RATE_NOT_REACHED' | 'AMOUNT_TOO_SMALL' | 'AMOUNT_TOO_LARGE';
    };

const MICRO = 1_000_000n;
const RATE_TEXT = /^(\d{1,12})(?:\.(\d{1,6}))?$/;

/** A rate's text as millionths, or undefined when it is not a positive decimal with ≤ 6 decimals. */
export function rateMicros(text: string): bigint | undefined {
  const match = RATE_TEXT.exec(text);
  if (!match) return undefined;
  const micros = BigInt(match[1]!) * MICRO + BigInt((match[2] ?? '').padEnd(6, '0'));
  return micros > 0n ? micros : undefined;
}

/** Millionths as decimal text with at least 2 fraction digits: `472.00`, `1.077586`. */
export function formatRate(micros: bigint): string {
  const whole = micros / MICRO;
  const fraction = String(micros % MICRO)
    .padStart(6, '0')
    .replace(/0{1,4}$/, '');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/**
 * The executed rate and both amounts of an exchange at the bank's rates. The rate is quoted as
 * "quote per one base": KZT per foreign unit for a purchase or a sale, credit currency per debit
 * currency for a conversion (the cross rate buy(debit) / sell(credit)). A purchase executes only at
 * or below its limit, a sale or conversion only at or above it.
 */
export function quoteExchange(input: ExchangeQuoteInput): ExchangeQuote {
  const { debitCurrency: debit, creditCurrency: credit } = input;
  const rate = executedRate(input.kind, debit, credit, input.rates);
  if (rate === undefined) return { ok: false, reason: 'RATE_NOT_AVAILABLE' };
  if (input.limit !== undefined) {
    const limit = rateMicros(input.limit);
    if (limit === undefined) return { ok: false, reason: 'LIMIT_RATE_NOT_REACHED' };
    const reached = input.kind === 'CURRENCY_PURCHASE' ? rate <= limit : rate >= limit;
    if (!reached) return { ok: false, reason: 'LIMIT_RATE_NOT_REACHED' };
  }
  // The base is the side whose one unit the rate prices: the foreign currency, or the debit one.
  const baseIsDebit = input.kind !== 'CURRENCY_PURCHASE';
  const [base, quote] = baseIsDebit ? [debit, credit] : [credit, debit];
  const fixedIsBase = (input.fixedSide === 'DEBIT') === baseIsDebit;
  const fixed = BigInt(input.amountMinor);
  const other = fixedIsBase ? baseToQuote(fixed, rate, base, quote) : quoteToBase(fixed, rate, base, quote);
  if (other <= 0n) return { ok: false, reason: 'AMOUNT_TOO_SMALL' };
  // Beyond 2^53 minor units a JavaScript number is no longer exact: far beyond any real exchange.
  if (other > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'AMOUNT_TOO_LARGE' };
  const fixedMoney = { minor: input.amountMinor, currency: input.fixedSide === 'DEBIT' ? debit : credit };
  const otherMoney = { minor: Number(other), currency: input.fixedSide === 'DEBIT' ? credit : debit };
  return {
    ok: true,
    executedRate: formatRate(rate),
    debited: input.fixedSide === 'DEBIT' ? fixedMoney : otherMoney,
    credited: input.fixedSide === 'DEBIT' ? otherMoney : fixedMoney,
  };
}

function executedRate(
  kind: ExchangeQuoteInput['kind'],
  debit: string,
  credit: string,
  rates: ExchangeQuoteInput['rates'],
): bigint | undefined {
  const of = (currency: string, side: 'buy' | 'sell') => {
    const text = rates.get(currency)?.[side];
    return text === undefined ? undefined : rateMicros(text);
  };
  switch (kind) {
    case 'CURRENCY_PURCHASE':
      return debit === NATIONAL_CURRENCY ? of(credit, 'sell') : undefined;
    case 'CURRENCY_SALE':
      return credit === NATIONAL_CURRENCY ? of(debit, 'buy') : undefined;
    case 'CURRENCY_CONVERSION': {
      const bought = of(debit, 'buy');
      const sold = of(credit, 'sell');
      return bought === undefined || sold === undefined ? undefined : divideHalfUp(bought * MICRO, sold);
    }
  }
}

const scale = (currency: string) => 10n ** BigInt(currencyExponent(currency));

function baseToQuote(baseMinor: bigint, rate: bigint, base: string, quote: string): bigint {
  return divideHalfUp(baseMinor * rate * scale(quote), MICRO * scale(base));
}

function quoteToBase(quoteMinor: bigint, rate: bigint, base: string, quote: string): bigint {
  return divideHalfUp(quoteMinor * MICRO * scale(base), rate * scale(quote));
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}
