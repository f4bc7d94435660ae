import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { PaymentErrorCode } from './payment-error-code.js';
import {
  CONTEXT,
  PAYER_IBAN,
  TODAY,
  goodsPayment,
  kzIban,
  pensionPayment,
  taxPayment,
  validOrder,
} from './payment-order.fixtures.js';
import type { TengePaymentOrder } from './tenge-payment-order.js';
import { validateTengePaymentOrder } from './validate-tenge-payment-order.js';

/** Field and code of each violation, the part callers key on. */
function broken(order: unknown, context = CONTEXT): { field: string; code: PaymentErrorCode }[] {
  return validateTengePaymentOrder(order as TengePaymentOrder, context).map(({ field, code }) => ({
    field,
    code,
  }));
}

function withBeneficiary(
  changes: Partial<TengePaymentOrder['beneficiary']>,
  order = goodsPayment(),
): TengePaymentOrder {
  return { ...order, beneficiary: { ...order.beneficiary, ...changes } };
}

describe(validateTengePaymentOrder.name, () => {
  describe('accepts', () => {
    it('a payment for goods to a client of another bank', () => {
      expect(validateTengePaymentOrder(goodsPayment(), CONTEXT)).toEqual([]);
    });

    it('a tax payment to the budget with its KBK', () => {
      expect(validateTengePaymentOrder(taxPayment(), CONTEXT)).toEqual([]);
    });

    it('pension contributions to the State Corporation', () => {
      expect(validateTengePaymentOrder(pensionPayment(), CONTEXT)).toEqual([]);
    });

    it('a value date up to 3 calendar days after today', () => {
      expect(broken({ ...goodsPayment(), valueDate: '2026-03-19' })).toEqual([]);
    });

    it('a document number with Cyrillic letters, "-" and "/"', () => {
      expect(broken({ ...goodsPayment(), number: 'ПП-2026/0042' })).toEqual([]);
    });

    it('a purpose of exactly 420 characters and a beneficiary name of exactly 160, counted in characters', () => {
      const order = withBeneficiary({ name: '😀'.repeat(160) });
      expect(broken({ ...order, purpose: 'Қ'.repeat(420) })).toEqual([]);
    });

    it('every order generated from valid parts', () => {
      fc.assert(
        fc.property(validOrder, (order) => expect(validateTengePaymentOrder(order, CONTEXT)).toEqual([])),
      );
    });
  });

  describe('refuses', () => {
    it('a document number with spaces or other signs, or longer than 20 characters', () => {
      for (const number of ['12 34', '№12', '1'.repeat(21)]) {
        expect(broken({ ...goodsPayment(), number })).toEqual([
          { field: 'number', code: PaymentErrorCode.NumberFormat },
        ]);
      }
    });

    it('a document date that is not a real day written YYYY-MM-DD', () => {
      expect(broken({ ...goodsPayment(), date: '16.03.2026' })).toEqual([
        { field: 'date', code: PaymentErrorCode.DateFormat },
      ]);
    });

    it('a document date after today', () => {
      expect(broken({ ...goodsPayment(), date: '2026-03-17', valueDate: '2026-03-17' })).toEqual([
        { field: 'date', code: PaymentErrorCode.DateInFuture },
      ]);
    });

    it('a value date before the document date', () => {
      expect(broken({ ...goodsPayment(), date: TODAY, valueDate: '2026-03-15' })).toEqual([
        { field: 'valueDate', code: PaymentErrorCode.ValueDateBeforeDate },
        { field: 'valueDate', code: PaymentErrorCode.ValueDateInPast },
      ]);
    });

    it('a value date that has passed, even when the document date is earlier still', () => {
      expect(broken({ ...goodsPayment(), date: '2026-03-10', valueDate: '2026-03-13' })).toEqual([
        { field: 'valueDate', code: PaymentErrorCode.ValueDateInPast },
      ]);
    });

    it('a value date more than 3 calendar days after today', () => {
      expect(broken({ ...goodsPayment(), valueDate: '2026-03-20' })).toEqual([
        { field: 'valueDate', code: PaymentErrorCode.ValueDateTooFar },
      ]);
    });

    it('a payer IBAN whose check digits do not match', () => {
      const payerIban = `${PAYER_IBAN.slice(0, 19)}${PAYER_IBAN.endsWith('7') ? '8' : '7'}`;
      expect(broken({ ...goodsPayment(), payerIban })).toEqual([
        { field: 'payerIban', code: PaymentErrorCode.IbanChecksum },
      ]);
    });

    it('a payer IBAN that is not in canonical form', () => {
      expect(broken({ ...goodsPayment(), payerIban: PAYER_IBAN.toLowerCase() })).toEqual([
        { field: 'payerIban', code: PaymentErrorCode.IbanCharacters },
      ]);
    });

    it('a sender code that is not a residency and a sector', () => {
      expect(broken({ ...goodsPayment(), kod: '37' })).toEqual([
        { field: 'kod', code: PaymentErrorCode.KodKbeResidency },
      ]);
      expect(broken({ ...goodsPayment(), kod: '10' })).toEqual([
        { field: 'kod', code: PaymentErrorCode.KodKbeSector },
      ]);
      expect(broken({ ...goodsPayment(), kod: '7' })).toEqual([
        { field: 'kod', code: PaymentErrorCode.KodKbeFormat },
      ]);
    });

    it.each([
      [0, PaymentErrorCode.AmountNotPositive],
      [-100, PaymentErrorCode.AmountNotPositive],
      [12.5, PaymentErrorCode.AmountFormat],
      [Number.NaN, PaymentErrorCode.AmountFormat],
      ['125050', PaymentErrorCode.AmountFormat],
      [100_000_000_000_000, PaymentErrorCode.AmountTooLarge],
    ])('an amount of %p tiyn', (amountTiyn, code) => {
      expect(broken({ ...goodsPayment(), amountTiyn })).toEqual([{ field: 'amount', code }]);
    });

    it('a currency other than KZT', () => {
      expect(broken({ ...goodsPayment(), currency: 'USD' })).toEqual([
        { field: 'currency', code: PaymentErrorCode.CurrencyNotKzt },
      ]);
    });

    it('a beneficiary name or purpose with spaces around it', () => {
      expect(broken({ ...withBeneficiary({ name: ' TOO Dala' }), purpose: 'Goods ' })).toEqual([
        { field: 'beneficiary.name', code: PaymentErrorCode.TextNotTrimmed },
        { field: 'purpose', code: PaymentErrorCode.TextNotTrimmed },
      ]);
    });

    it('a beneficiary name over 160 characters and a purpose over 420', () => {
      expect(broken({ ...withBeneficiary({ name: 'N'.repeat(161) }), purpose: 'P'.repeat(421) })).toEqual([
        { field: 'beneficiary.name', code: PaymentErrorCode.TextTooLong },
        { field: 'purpose', code: PaymentErrorCode.TextTooLong },
      ]);
    });

    it('a beneficiary name or purpose with a character nobody types (NUL, a control, half a UTF-16 pair)', () => {
      for (const odd of ['\u0000', '\u0007', '\u009b', '\ud800', '\udc00']) {
        expect(broken({ ...withBeneficiary({ name: `TOO ${odd}Dala` }), purpose: `Goods${odd} 7` })).toEqual([
          { field: 'beneficiary.name', code: PaymentErrorCode.TextCharacters },
          { field: 'purpose', code: PaymentErrorCode.TextCharacters },
        ]);
      }
      expect(broken({ ...goodsPayment(), purpose: 'Goods\r\ninvoice 7 😀' })).toEqual([]);
    });

    it('a beneficiary IIN/BIN with a wrong check digit', () => {
      expect(broken(withBeneficiary({ binIin: '940140000386' }))).toEqual([
        { field: 'beneficiary.binIin', code: PaymentErrorCode.IinBinChecksum },
      ]);
    });

    it('a beneficiary IBAN at a bank the directory does not know', () => {
      expect(broken(withBeneficiary({ iban: 'KZ86125KZT5004100100' }))).toEqual([
        { field: 'beneficiary.iban', code: PaymentErrorCode.BeneficiaryBankUnknown },
      ]);
    });

    it('a beneficiary account that is the paying account', () => {
      expect(broken(withBeneficiary({ iban: PAYER_IBAN, bic: 'QOLTKZKA' }))).toEqual([
        { field: 'beneficiary.iban', code: PaymentErrorCode.SameAccount },
      ]);
    });

    it("a BIC that is not the bank of the beneficiary's IBAN", () => {
      const violations = validateTengePaymentOrder(withBeneficiary({ bic: 'HSBKKZKX' }), CONTEXT);
      expect(violations).toEqual([
        {
          field: 'beneficiary.bic',
          code: PaymentErrorCode.BicMismatch,
          message: expect.stringContaining('CASPKZKA'),
        },
      ]);
    });

    it('a BIC that is malformed or foreign', () => {
      expect(broken(withBeneficiary({ bic: 'CASP' }))).toEqual([
        { field: 'beneficiary.bic', code: PaymentErrorCode.BicFormat },
      ]);
      expect(broken(withBeneficiary({ bic: 'DEUTDEFF' }))).toEqual([
        { field: 'beneficiary.bic', code: PaymentErrorCode.BicCountry },
      ]);
    });

    it('a beneficiary code that is not 2 digits', () => {
      expect(broken(withBeneficiary({ kbe: '170' }))).toEqual([
        { field: 'beneficiary.kbe', code: PaymentErrorCode.KodKbeFormat },
      ]);
    });

    it('a purpose code missing from the catalogue, or not 3 digits', () => {
      expect(broken({ ...goodsPayment(), knp: '999' })).toEqual([
        { field: 'knp', code: PaymentErrorCode.KnpUnknown },
      ]);
      expect(broken({ ...goodsPayment(), knp: '71' })).toEqual([
        { field: 'knp', code: PaymentErrorCode.KnpFormat },
      ]);
      expect(broken(goodsPayment(), { ...CONTEXT, knpCatalogue: new Set(['911']) })).toEqual([
        { field: 'knp', code: PaymentErrorCode.KnpUnknown },
      ]);
    });

    it('a budget payment without a KBK', () => {
      const { kbk: _, ...withoutKbk } = taxPayment();
      expect(broken(withoutKbk)).toEqual([{ field: 'kbk', code: PaymentErrorCode.KbkRequired }]);
      expect(broken({ ...taxPayment(), kbk: '' })).toEqual([
        { field: 'kbk', code: PaymentErrorCode.KbkRequired },
      ]);
    });

    it('a budget payment whose KBK is not 6 digits', () => {
      expect(broken({ ...taxPayment(), kbk: '10120' })).toEqual([
        { field: 'kbk', code: PaymentErrorCode.KbkFormat },
      ]);
    });

    it('a KBK on a payment that is not to the budget', () => {
      expect(broken({ ...goodsPayment(), kbk: '101201' })).toEqual([
        { field: 'kbk', code: PaymentErrorCode.KbkNotAllowed },
      ]);
    });

    it('every missing field, each once, in the order of the form', () => {
      expect(broken({})).toEqual(
        [
          'number',
          'date',
          'valueDate',
          'payerIban',
          'kod',
          'amount',
          'currency',
          'beneficiary.name',
          'beneficiary.binIin',
          'beneficiary.iban',
          'beneficiary.bic',
          'beneficiary.kbe',
          'knp',
          'purpose',
        ].map((field) => ({ field, code: PaymentErrorCode.FieldRequired })),
      );
    });

    it('blank text as missing', () => {
      expect(broken({ ...goodsPayment(), purpose: '   ', number: '' })).toEqual([
        { field: 'number', code: PaymentErrorCode.FieldRequired },
        { field: 'purpose', code: PaymentErrorCode.FieldRequired },
      ]);
    });
  });

  it('reports every broken rule at once, in a stable order', () => {
    const order: TengePaymentOrder = {
      ...taxPayment(),
      number: 'No 1',
      valueDate: '2026-03-25',
      payerIban: 'KZ24070105KSN0000000',
      amountTiyn: 0,
      beneficiary: { ...taxPayment().beneficiary, binIin: '821214240092', bic: 'HSBKKZKX', kbe: '30' },
      knp: '000',
      kbk: undefined,
    };
    const expected = [
      { field: 'number', code: PaymentErrorCode.NumberFormat },
      { field: 'valueDate', code: PaymentErrorCode.ValueDateTooFar },
      { field: 'amount', code: PaymentErrorCode.AmountNotPositive },
      { field: 'beneficiary.binIin', code: PaymentErrorCode.IinBinChecksum },
      { field: 'beneficiary.iban', code: PaymentErrorCode.SameAccount },
      { field: 'beneficiary.bic', code: PaymentErrorCode.BicMismatch },
      { field: 'beneficiary.kbe', code: PaymentErrorCode.KodKbeResidency },
      { field: 'knp', code: PaymentErrorCode.KnpUnknown },
      { field: 'kbk', code: PaymentErrorCode.KbkRequired },
    ];
    expect(broken(order)).toEqual(expected);
    expect(broken(structuredClone(order))).toEqual(expected);
  });

  it('gives every violation a short English message', () => {
    for (const { message } of validateTengePaymentOrder(
      { ...goodsPayment(), kod: '7', knp: '999' },
      CONTEXT,
    )) {
      expect(message).toMatch(/^[A-Z].{10,120}\.$/);
    }
  });

  it('never throws on anything shaped like an order, whatever its fields hold', () => {
    const anyValue = fc.oneof(fc.string(), fc.anything(), fc.constant(undefined));
    const field = fc.oneof(
      anyValue,
      fc.constantFrom(...Object.values(goodsPayment()).filter((v) => typeof v === 'string')),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            number: field,
            date: field,
            valueDate: field,
            payerIban: field,
            kod: field,
            amountTiyn: fc.oneof(anyValue, fc.integer(), fc.double()),
            currency: field,
            beneficiary: fc.oneof(
              anyValue,
              fc.record(
                { name: field, binIin: field, iban: field, bic: field, kbe: field },
                { requiredKeys: [] },
              ),
            ),
            knp: field,
            purpose: field,
            kbk: field,
          },
          { requiredKeys: [] },
        ),
        (order) => {
          const violations = validateTengePaymentOrder(order as unknown as TengePaymentOrder, CONTEXT);
          expect(Array.isArray(violations)).toBe(true);
        },
      ),
    );
    for (const order of [null, undefined, 42, 'order', []]) {
      expect(() => validateTengePaymentOrder(order as unknown as TengePaymentOrder, CONTEXT)).not.toThrow();
    }
  });

  it('refuses to run with an operating day that is not a date, a fault of the caller', () => {
    expect(() => validateTengePaymentOrder(goodsPayment(), { ...CONTEXT, today: '16.03.2026' })).toThrow(
      RangeError,
    );
  });

  it('finds an IBAN valid for any bank of the directory', () => {
    expect(broken(withBeneficiary({ iban: kzIban('601', '0000000000001'), bic: 'HSBKKZKX' }))).toEqual([]);
  });
});

describe('PaymentErrorCode', () => {
  it('has distinct, stable values prefixed PAYMENT_', () => {
    const values = Object.values(PaymentErrorCode);
    for (const value of values) expect(value).toMatch(/^PAYMENT_[A-Z_]+$/);
    expect(new Set(values).size).toBe(values.length);
  });
});
