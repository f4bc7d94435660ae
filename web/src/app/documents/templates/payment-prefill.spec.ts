import { describe, expect, it } from '@jest/globals';
import { CONTRIBUTION_PAYEES, type TengePaymentOrder } from '@qoltanba/workflows/domain';
import { formFromTemplate, formRepeating, templatePaymentOf, withPastBeneficiary } from './payment-prefill';
import { emptyForm } from '../form/payment-form';

const PENSION: TengePaymentOrder = {
  kind: 'PENSION',
  number: '17',
  date: '2026-11-03',
  valueDate: '2026-11-03',
  payerIban: 'KZ869980000000000001',
  kod: '17',
  amountTiyn: 2_500_050,
  currency: 'KZT',
  beneficiary: { ...CONTRIBUTION_PAYEES.PENSION!, binIin: '160440007161' },
  knp: '010',
  purpose: 'ОПВ за октябрь',
  employees: [
    {
      iin: '871008401427',
      fullName: 'Ахметов Серик',
      birthDate: '1987-10-08',
      period: '102026',
      amountTiyn: 2_500_050,
    },
  ],
};

describe('payment prefill', () => {
  it('repeats a payment with its own new number and today’s dates, everything else kept', () => {
    const form = formRepeating(PENSION, '2026-12-05');
    expect(form).toMatchObject({
      kind: 'PENSION',
      number: '',
      date: '2026-12-05',
      valueDate: '2026-12-05',
      amount: '25000.50',
    });
    expect(form.employees).toEqual([
      {
        iin: '871008401427',
        fullName: 'Ахметов Серик',
        birthDate: '1987-10-08',
        period: '102026',
        iban: '',
        amount: '25000.50',
      },
    ]);
  });

  it('keeps in a template everything but the number and dates, a list’s amount being its rows’', () => {
    const template = templatePaymentOf(PENSION);
    expect(template).not.toHaveProperty('number');
    expect(template).not.toHaveProperty('amount');
    expect(template.employees?.[0]?.amount).toBe('25000.50');
    // A new payment from it is for the month it is made in.
    const form = formFromTemplate(template, '2026-12-05', 'KZ000');
    expect(form).toMatchObject({
      kind: 'PENSION',
      knp: '010',
      number: '',
      date: '2026-12-05',
      payerIban: PENSION.payerIban,
    });
    expect(form.employees[0]?.period).toBe('122026');
  });

  it('fills the beneficiary from a past payment, its KNP and purpose only where none is typed', () => {
    const past = {
      beneficiary: {
        name: 'ИП Сапар',
        binIin: '871008401427',
        iban: 'KZ86722C000016068502',
        bic: 'CASPKZKA',
        kbe: '19',
      },
      knp: '710',
      purpose: 'Аренда',
      lastPaidAt: '',
    };
    const typed = { ...emptyForm('2026-12-05', 'KZ1'), purpose: 'Свой текст' };
    expect(withPastBeneficiary(typed, past)).toMatchObject({
      beneficiaryIban: 'KZ86722C000016068502',
      bic: 'CASPKZKA',
      knp: '710',
      purpose: 'Свой текст',
    });
  });
});
