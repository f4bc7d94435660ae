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
import { INITIAL_KBK_CATALOGUE, kbkCodesOf } from '../reference/kbk-catalogue.js';
import { KZ_BANKS, QOLTANBA_BANK, bankDirectoryOf } from '../reference/kz-banks.js';
import { CONTRIBUTION_PAYEES, TREASURY_BUDGET_ACCOUNT } from '../reference/state-payees.js';
import { INITIAL_TAX_OFFICES, taxOfficeBinsOf } from '../reference/tax-offices.js';
import { STATUTORY_KNP, kindOfStatutoryKnp } from './payment-kind.js';
import type { EmployeeRow, PaymentValidationContext, TengePaymentOrder } from './tenge-payment-order.js';

export const TODAY = '2026-03-16';

export const CONTEXT: PaymentValidationContext = {
  today: TODAY,
  knpCatalogue: knpCodesOf(INITIAL_KNP_CATALOGUE),
  bankDirectory: bankDirectoryOf(KZ_BANKS),
  ownBankCode: QOLTANBA_BANK.bankCode,
  kbkCatalogue: kbkCodesOf(INITIAL_KBK_CATALOGUE),
  taxOffices: taxOfficeBinsOf(INITIAL_TAX_OFFICES),
};

/** A state revenue office of the seed directory. */
export const TAX_OFFICE = INITIAL_TAX_OFFICES[0]!;

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

/** Personal income tax to the budget: a tax office, the Treasury's account, KBK, KNP 911. */
export function taxPayment(): TengePaymentOrder {
  return {
    ...goodsPayment(),
    kind: 'BUDGET',
    beneficiary: {
      name: TAX_OFFICE.name.ru,
      binIin: TAX_OFFICE.bin,
      iban: TREASURY_BUDGET_ACCOUNT.iban,
      bic: TREASURY_BUDGET_ACCOUNT.bic,
      kbe: TREASURY_BUDGET_ACCOUNT.kbe,
    },
    knp: '911',
    kbk: '101201',
    purpose: 'Personal income tax for February 2026',
  };
}

/** Three employees of a contribution list: IINs, the birth dates they encode, February 2026. */
export function contributionRows(): EmployeeRow[] {
  return [
    {
      iin: '871008401427',
      fullName: 'Ахметов Серик Болатович',
      birthDate: '1987-10-08',
      period: '022026',
      amountTiyn: 25_000_00,
    },
    {
      iin: '900101400003',
      fullName: 'Иванова Анна Петровна',
      birthDate: '1990-01-01',
      period: '022026',
      amountTiyn: 18_500_50,
    },
    {
      iin: '950515300017',
      fullName: 'Сейітқали Әлия',
      birthDate: '1995-05-15',
      period: '022026',
      amountTiyn: 6_499_50,
    },
  ];
}

/** Mandatory pension contributions for three employees to the State Corporation. */
export function pensionPayment(): TengePaymentOrder {
  const payee = CONTRIBUTION_PAYEES.PENSION!;
  const employees = contributionRows();
  return {
    ...goodsPayment(),
    kind: 'PENSION',
    amountTiyn: employees.reduce((sum, row) => sum + row.amountTiyn, 0),
    beneficiary: {
      name: payee.name,
      binIin: payee.binIin!,
      iban: payee.iban,
      bic: payee.bic,
      kbe: payee.kbe,
    },
    knp: '010',
    purpose: 'Mandatory pension contributions for February 2026',
    employees,
  };
}

/** Salary of two employees onto their accounts at this bank. */
export function salaryPayment(): TengePaymentOrder {
  const employees: EmployeeRow[] = [
    {
      iin: '871008401427',
      fullName: 'Ахметов Серик Болатович',
      iban: kzIban(QOLTANBA_BANK.bankCode, '0000000000101'),
      amountTiyn: 350_000_00,
    },
    {
      iin: '900101400003',
      fullName: 'Иванова Анна Петровна',
      iban: kzIban(QOLTANBA_BANK.bankCode, '0000000000102'),
      amountTiyn: 280_000_00,
    },
  ];
  return {
    ...goodsPayment(),
    kind: 'SALARY',
    amountTiyn: 630_000_00,
    beneficiary: {
      name: QOLTANBA_BANK.name,
      binIin: '940140000385',
      iban: kzIban(QOLTANBA_BANK.bankCode, 'SALARY0000001'),
      bic: QOLTANBA_BANK.bic,
      kbe: '14',
    },
    knp: '710',
    purpose: 'Salary for February 2026',
    employees,
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
    // The Treasury and the State Corporation are paid by their own kinds (see the arbitraries below).
    bank: fc.constantFrom(...KZ_BANKS.filter((b) => b.bankCode !== '070' && b.bankCode !== '009')),
    beneficiaryAccount: account,
    name: text(160),
    binIin: fc.oneof(validIin, validBin),
    kbe: economicCode,
    knp: fc.constantFrom(...[...knpCodesOf(INITIAL_KNP_CATALOGUE)].filter((c) => !kindOfStatutoryKnp(c))),
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
    };
  })
  .filter((order) => order.payerIban !== order.beneficiary.iban);

/** A valid contribution list of 1–20 rows for the given period, its IINs each encoding its birth date. */
const contributionList = (period: string) =>
  fc
    .uniqueArray(
      fc.record({
        iin: validIin,
        fullName: text(160),
        amountTiyn: fc.integer({ min: 1, max: 10_000_000_00 }),
      }),
      { minLength: 1, maxLength: 20, selector: (row) => row.iin },
    )
    .map((rows) => rows.map((row): EmployeeRow => ({ ...row, birthDate: birthDateOf(row.iin), period })));

function birthDateOf(iin: string): string {
  const century = 1800 + Math.floor((Number(iin[6]) - 1) / 2) * 100;
  return `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}

/** Any valid pension, social or health-insurance payment: the State Corporation, its KNP, a list. */
export const validContributionOrder: fc.Arbitrary<TengePaymentOrder> = fc
  .record({
    base: validOrder,
    kind: fc.constantFrom('PENSION' as const, 'SOCIAL' as const, 'HEALTH_INSURANCE' as const),
    month: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ base, kind, month }) =>
    fc
      .record({
        employees: contributionList(`${String(month).padStart(2, '0')}2026`),
        knp: fc.constantFrom(...STATUTORY_KNP[kind]!),
      })
      .map(({ employees, knp }): TengePaymentOrder => {
        const payee = CONTRIBUTION_PAYEES[kind]!;
        return {
          ...base,
          kind,
          knp,
          beneficiary: {
            name: payee.name,
            binIin: payee.binIin!,
            iban: payee.iban,
            bic: payee.bic,
            kbe: payee.kbe,
          },
          amountTiyn: employees.reduce((sum, row) => sum + row.amountTiyn, 0),
          employees,
        };
      }),
  );

/** Any valid budget payment: a tax office of the directory, the Treasury's account, a KBK of the catalogue. */
export const validBudgetOrder: fc.Arbitrary<TengePaymentOrder> = fc
  .record({
    base: validOrder,
    office: fc.constantFrom(...INITIAL_TAX_OFFICES),
    kbk: fc.constantFrom(...kbkCodesOf(INITIAL_KBK_CATALOGUE)),
    knp: fc.constantFrom(...STATUTORY_KNP.BUDGET!),
  })
  .map(({ base, office, kbk, knp }) => ({
    ...base,
    kind: 'BUDGET' as const,
    knp,
    kbk,
    beneficiary: { ...TREASURY_BUDGET_ACCOUNT, name: office.name.ru, binIin: office.bin },
  }));

/** Any valid salary payment: rows with accounts at this bank, the amount their total. */
export const validSalaryOrder: fc.Arbitrary<TengePaymentOrder> = fc
  .record({
    base: validOrder,
    rows: fc.uniqueArray(
      fc.record({
        iin: validIin,
        fullName: text(160),
        account,
        amountTiyn: fc.integer({ min: 1, max: 10_000_000_00 }),
      }),
      { minLength: 1, maxLength: 20, selector: (row) => row.iin },
    ),
  })
  .map(({ base, rows }) => ({
    ...salaryPayment(),
    number: base.number,
    date: base.date,
    valueDate: base.valueDate,
    payerIban: base.payerIban,
    employees: rows.map(({ account: a, ...row }) => ({ ...row, iban: kzIban(QOLTANBA_BANK.bankCode, a) })),
    amountTiyn: rows.reduce((sum, row) => sum + row.amountTiyn, 0),
  }))
  .filter((order) => order.payerIban !== order.beneficiary.iban);
