import { describe, expect, it } from '@jest/globals';
import { KZ_BANKS, PaymentErrorCode, bankDirectoryOf } from '@qoltanba/workflows/domain';
import {
  type EmployeeFormRow,
  type PaymentFormValue,
  amountTiyn,
  emptyForm,
  emptyRow,
  listTotal,
  isBudgetPayment,
  normalizeAmount,
  requestOf,
  violationsOf,
} from './payment-form';

const TODAY = '2026-03-16';

function aFilledForm(overrides: Partial<PaymentFormValue> = {}): PaymentFormValue {
  return {
    ...emptyForm(TODAY, 'KZ869980000000000001'),
    number: '17',
    amount: '1250.50',
    beneficiaryName: 'Halyk Supplies LLP',
    binIin: '040540001230',
    beneficiaryIban: 'KZ476010131000179714',
    bic: 'HSBKKZKX',
    kbe: '17',
    knp: '710',
    purpose: 'Payment for goods under contract 5',
    ...overrides,
  };
}

const context = {
  today: TODAY,
  knpCatalogue: new Set(['710', '010']),
  bankDirectory: bankDirectoryOf(KZ_BANKS),
  ownBankCode: '998',
  kbkCatalogue: new Set(['101201']),
  taxOffices: new Set<string>(),
};

describe(normalizeAmount.name, () => {
  it('reads a comma as the decimal separator and drops grouping spaces of every kind', () => {
    expect(normalizeAmount('1 250,5')).toBe('1250.5');
    expect(normalizeAmount('1\u202f250\u00a0000,05')).toBe('1250000.05');
  });

  it('reads commas as grouping when a point is there too', () => {
    expect(normalizeAmount('1,250,000.50')).toBe('1250000.50');
  });

  it('keeps the digits as typed, trailing zeros included', () => {
    expect(normalizeAmount('0.10')).toBe('0.10');
    expect(normalizeAmount('12345678901.99')).toBe('12345678901.99');
  });
});

describe(amountTiyn.name, () => {
  it('gives the exact integer tiyn of what people type', () => {
    expect(amountTiyn('1 250,5')).toBe(125050);
    // 0.1 + 0.2 as floats is 0.30000000000000004; as text it is 30 tiyn exactly.
    expect(amountTiyn('0,3')).toBe(30);
    expect(amountTiyn('999 999 999 999,99')).toBe(99_999_999_999_999);
  });

  it('gives nothing for text that is not yet an amount', () => {
    expect(amountTiyn('')).toBeUndefined();
    expect(amountTiyn('12,345')).toBeUndefined();
    expect(amountTiyn('1e3')).toBeUndefined();
    expect(amountTiyn('0')).toBeUndefined();
    expect(amountTiyn('-5')).toBeUndefined();
  });
});

describe(requestOf.name, () => {
  it('carries the amount as exact decimal text, never as a number', () => {
    const body = requestOf(aFilledForm({ amount: '1 250,5' }));

    expect(body.amount).toBe('1250.5');
    expect(typeof body.amount).toBe('string');
    expect(body.currency).toBe('KZT');
  });

  it('nests the beneficiary as the API expects', () => {
    expect(requestOf(aFilledForm()).beneficiary).toEqual({
      name: 'Halyk Supplies LLP',
      binIin: '040540001230',
      iban: 'KZ476010131000179714',
      bic: 'HSBKKZKX',
      kbe: '17',
    });
  });

  it('leaves out an empty KOd, so the server uses the organization’s own, and an empty KBK', () => {
    const body = requestOf(aFilledForm({ kod: ' ', kbk: '' }));

    expect(body).not.toHaveProperty('kod');
    expect(body).not.toHaveProperty('kbk');
    expect(requestOf(aFilledForm({ kod: '17' })).kod).toBe('17');
  });
});

describe(violationsOf.name, () => {
  it('finds nothing wrong with a complete, valid order, even without a KOd', () => {
    expect(violationsOf(aFilledForm(), context).size).toBe(0);
  });

  it('reports a mistyped IBAN and a wrong BIN/IIN check digit under their own fields', () => {
    const violations = violationsOf(
      aFilledForm({ beneficiaryIban: 'KZ476010131000179715', binIin: '040540001231' }),
      context,
    );

    expect(violations.get('beneficiaryIban')?.[0]?.code).toBe(PaymentErrorCode.IbanChecksum);
    expect(violations.get('binIin')?.[0]?.code).toBe(PaymentErrorCode.IinBinChecksum);
  });

  it('reports a BIC of another bank than the IBAN’s', () => {
    expect(violationsOf(aFilledForm({ bic: 'CASPKZKA' }), context).get('bic')?.[0]?.code).toBe(
      PaymentErrorCode.BicMismatch,
    );
  });
});

describe(isBudgetPayment.name, () => {
  it('treats the budget kind, and only it, as a budget payment', () => {
    expect(isBudgetPayment(aFilledForm({ kind: 'BUDGET' }))).toBe(true);
    expect(isBudgetPayment(aFilledForm({ bic: 'KKMFKZ2A' }))).toBe(false);
  });
});

describe('the employee list of a pension payment', () => {
  const pension = (rows: Partial<EmployeeFormRow>[]): PaymentFormValue =>
    aFilledForm({
      kind: 'PENSION',
      beneficiaryName: 'State Corporation',
      binIin: '160440007161',
      beneficiaryIban: 'KZ12009NPS0413609816',
      bic: 'GCVPKZ2A',
      kbe: '11',
      knp: '010',
      employees: rows.map((row) => ({ ...emptyRow(TODAY), ...row })),
      amount: '300.00',
    });

  it('totals the rows exactly in tiyn, and gives nothing while a row is not yet an amount', () => {
    expect(listTotal(pension([{ amount: '100,10' }, { amount: '199.90' }]).employees)).toBe(30_000);
    expect(listTotal(pension([{ amount: '100' }, { amount: '1e2' }]).employees)).toBeUndefined();
  });

  it('sends each row with its birth date and period, and shows a row’s error under its own field', () => {
    const value = pension([
      { iin: '871008401427', fullName: 'A', birthDate: '1987-10-08', amount: '100.00' },
      { iin: '871008401428', fullName: 'B', birthDate: '1987-10-08', amount: '200.00' },
    ]);
    expect(requestOf(value).employees).toEqual([
      { iin: '871008401427', fullName: 'A', amount: '100.00', birthDate: '1987-10-08', period: '032026' },
      { iin: '871008401428', fullName: 'B', amount: '200.00', birthDate: '1987-10-08', period: '032026' },
    ]);
    const violations = violationsOf(value, context);
    expect([...violations.keys()]).toEqual(['employees[1].iin']);
    expect(violations.get('employees[1].iin')?.[0]?.code).toBe(PaymentErrorCode.IinBinChecksum);
  });
});
