/**
 * Test data for payment orders: a fixed operating day, the seed reference data, a valid order of
 * each kind, and a fast-check generator of valid orders. Used by specs only; left out of the build.
 */
import fc from 'fast-check';
import { addDays, formatIsoDate, isCalendarDate, parseIsoDate } from '../calendar/iso-date.js';
import { MAX_AMOUNT_TIYN } from '../identifiers/amount.js';
import { iinBinCheckDigit } from '../identifiers/iin-bin.js';
import { kzIbanCheckDigits } from '../identifiers/kz-iban.js';
import { INITIAL_KNP_CATALOGUE, knpCodesOf } from '../reference/knp-catalogue.js';
import { KZ_BANKS, QOLTANBA_BANK, TREASURY_BIC, bankDirectoryOf } from '../reference/kz-banks.js';
import type { PaymentValidationContext, TengePaymentOrder } from './tenge-payment-order.js';

export const TODAY = '2026-03-16';

export const CONTEXT: PaymentValidationContext = {
  today: TODAY,
  knpCatalogue: knpCodesOf(INITIAL_KNP_CATALOGUE),
  bankDirectory: bankDirectoryOf(KZ_BANKS),
};

export function kzIban(bankCode: string, account: string): string {
  return `KZ${kzIbanCheckDigits(bankCode + account)}${bankCode}${account}`;
}

/** The paying client's account at our bank. */
export const PAYER_IBAN = kzIban(QOLTANBA_BANK.bankCode, '0000001234567');

/** Payment for goods to a company banking with Kaspi. */
export function goodsPayment(): TengePaymentOrder {
  return {
    number: '125',
    date: TODAY,
    valueDate: TODAY,
    payerIban: PAYER_IBAN,
    kod: '17',
    amountTiyn: 125_050,
    currency: 'KZT',
    beneficiary: {
      name: 'TOO "Dala Trade"',
      binIin: '940140000385',
      iban: 'KZ86722C000016068502',
      bic: 'CASPKZKA',
      kbe: '17',
    },
    knp: '710',
    purpose: 'Payment for goods under contract No. 7 of 2026-03-02, VAT included',
  };
}

/** Personal income tax to the budget: Treasury account, KBK, KNP 911. */
export function taxPayment(): TengePaymentOrder {
  return {
    ...goodsPayment(),
    beneficiary: {
      name: 'State Revenue Office of Almaly District',
      binIin: '940140000385',
      iban: 'KZ24070105KSN0000000',
      bic: TREASURY_BIC,
      kbe: '11',
    },
    knp: '911',
    kbk: '101201',
    purpose: 'Personal income tax for February 2026',
  };
}

/** Mandatory pension contributions to the State Corporation. */
export function pensionPayment(): TengePaymentOrder {
  return {
    ...goodsPayment(),
    beneficiary: {
      name: 'State Corporation "Government for Citizens"',
      binIin: '160440007161',
      iban: 'KZ12009NPS0413609816',
      bic: 'GCVPKZ2A',
      kbe: '11',
    },
    knp: '010',
    purpose: 'Mandatory pension contributions for February 2026',
  };
}

const digitChar = fc.constantFrom(...'0123456789');
const digits = (length: number) => fc.string({ unit: digitChar, minLength: length, maxLength: length });
const twoDigits = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const account = fc.string({
  unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  minLength: 13,
  maxLength: 13,
});

/** Completes 11 digits with their check digit; prefixes that have none are discarded. */
const withCheckDigit = (prefix: fc.Arbitrary<string>) =>
  prefix
    .map((first11) => ({ first11, check: iinBinCheckDigit(first11) }))
    .filter(({ check }) => check !== undefined)
    .map(({ first11, check }) => `${first11}${check}`);

export const validIin = withCheckDigit(
  fc
    .record({
      year: fc.integer({ min: 1850, max: 2025 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => isCalendarDate(year, month, day))
    .chain(({ year, month, day }) => {
      const century = Math.floor(year / 100) - 18; // 1800s → 0, 1900s → 1, 2000s → 2
      return fc
        .tuple(fc.constantFrom(1, 2), digits(4))
        .map(
          ([sex, serial]) =>
            `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${century * 2 + sex}${serial}`,
        );
    }),
);

export const validBin = withCheckDigit(
  fc
    .tuple(
      twoDigits(0, 99),
      twoDigits(1, 12),
      fc.constantFrom('4', '5', '6'),
      fc.constantFrom('0', '1', '2', '3'),
      digits(5),
    )
    .map((parts) => parts.join('')),
);

const economicCode = fc
  .tuple(fc.constantFrom('1', '2'), fc.constantFrom(...'123456789'))
  .map(([r, s]) => r + s);
/** Trimmed, non-empty text of at most `max` code points, in any script. */
/** Anything a person can type: any code point but the control characters. */
const text = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: max })
    .map((s) => s.replace(/\p{Cc}/gu, '').trim())
    .filter((s) => s !== '');

/** Any order that every rule accepts on the operating day {@link TODAY}. */
export const validOrder: fc.Arbitrary<TengePaymentOrder> = fc
  .record({
    number: fc.string({ unit: fc.constantFrom(...'0123456789-/ПпNoAБ'), minLength: 1, maxLength: 20 }),
    daysBeforeToday: fc.integer({ min: 0, max: 30 }),
    valueDaysAhead: fc.integer({ min: 0, max: 3 }),
    payerAccount: account,
    kod: economicCode,
    amountTiyn: fc.integer({ min: 1, max: MAX_AMOUNT_TIYN }),
    bank: fc.constantFrom(...KZ_BANKS),
    beneficiaryAccount: account,
    name: text(160),
    binIin: fc.oneof(validIin, validBin),
    kbe: economicCode,
    knp: fc.constantFrom(...knpCodesOf(INITIAL_KNP_CATALOGUE)),
    kbk: digits(6),
    purpose: text(420),
  })
  .map((o): TengePaymentOrder => {
    const today = parseIsoDate(TODAY)!;
    return {
      number: o.number,
      date: formatIsoDate(addDays(today, -o.daysBeforeToday)),
      valueDate: formatIsoDate(addDays(today, o.valueDaysAhead)),
      payerIban: kzIban(QOLTANBA_BANK.bankCode, o.payerAccount),
      kod: o.kod,
      amountTiyn: o.amountTiyn,
      currency: 'KZT',
      beneficiary: {
        name: o.name,
        binIin: o.binIin,
        iban: kzIban(o.bank.bankCode, o.beneficiaryAccount),
        bic: o.bank.bic,
        kbe: o.kbe,
      },
      knp: o.knp,
      purpose: o.purpose,
      ...(o.bank.bic === TREASURY_BIC ? { kbk: o.kbk } : {}),
    };
  })
  .filter((order) => order.payerIban !== order.beneficiary.iban);
