import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatTiyn } from '../identifiers/amount.js';
import { CONTRIBUTION_PAYEES } from '../reference/state-payees.js';
import { PaymentErrorCode } from './payment-error-code.js';
import { checkKindRules } from './kind-rules.js';
import {
  CONTEXT,
  TAX_OFFICE,
  contributionRows,
  goodsPayment,
  kzIban,
  pensionPayment,
  salaryPayment,
  taxPayment,
  validBudgetOrder,
  validContributionOrder,
  validSalaryOrder,
} from './payment-order.fixtures.js';
import { parseTengePaymentOrderRequest } from './parse-tenge-payment-order-request.js';
import { sendingRuleOfPayment } from './payment-kind.js';
import type { TengePaymentOrder } from './tenge-payment-order.js';
import { validateTengePaymentOrder } from './validate-tenge-payment-order.js';

function broken(order: unknown): { field: string; code: PaymentErrorCode }[] {
  return validateTengePaymentOrder(order as TengePaymentOrder, CONTEXT).map(({ field, code }) => ({
    field,
    code,
  }));
}

const OUR_ACCOUNT = kzIban('998', '0000000000777');

describe(checkKindRules.name, () => {
  describe('accepts', () => {
    it('every budget payment to a tax office of the directory with a KBK of the catalogue', () => {
      fc.assert(fc.property(validBudgetOrder, (order) => expect(broken(order)).toEqual([])));
    });

    it('every pension, social and health-insurance payment whose amount is the sum of its list', () => {
      fc.assert(fc.property(validContributionOrder, (order) => expect(broken(order)).toEqual([])));
    });

    it('every salary payment to employees’ accounts at this bank', () => {
      fc.assert(fc.property(validSalaryOrder, (order) => expect(broken(order)).toEqual([])));
    });

    it('a card top-up to a person’s account at this bank', () => {
      const order = { ...goodsPayment(), kind: 'CARD_TOP_UP' as const };
      order.beneficiary = {
        ...order.beneficiary,
        binIin: '871008401427',
        iban: OUR_ACCOUNT,
        bic: 'QOLTKZKA',
        kbe: '19',
      };
      expect(broken(order)).toEqual([]);
    });

    it('a transfer by template to an account at this bank, naming the template', () => {
      const order = {
        ...goodsPayment(),
        kind: 'TEMPLATE_TRANSFER' as const,
        templateId: '4f1c2a53-0d1e-4c52-9a57-5b0c1b2f7a10',
      };
      order.beneficiary = { ...order.beneficiary, iban: OUR_ACCOUNT, bic: 'QOLTKZKA' };
      expect(broken(order)).toEqual([]);
    });
  });

  describe('refuses, with the field concerned', () => {
    it('a kind outside the catalogue', () => {
      expect(broken({ ...goodsPayment(), kind: 'LOAN' })).toEqual([
        { field: 'kind', code: PaymentErrorCode.KindUnknown },
      ]);
    });

    it('a KNP the law ties to another kind, and a kind’s own KNP elsewhere', () => {
      expect(broken({ ...goodsPayment(), knp: '010' })).toEqual([
        { field: 'knp', code: PaymentErrorCode.KnpNotForKind },
      ]);
      expect(broken({ ...taxPayment(), knp: '710' })).toEqual([
        { field: 'knp', code: PaymentErrorCode.KnpNotForKind },
      ]);
      expect(broken({ ...pensionPayment(), knp: '012' })).toEqual([
        { field: 'knp', code: PaymentErrorCode.KnpNotForKind },
      ]);
    });

    it('an ordinary payment to the Treasury or the State Corporation', () => {
      const { beneficiary } = pensionPayment();
      expect(broken({ ...goodsPayment(), beneficiary })).toEqual([
        { field: 'beneficiary.iban', code: PaymentErrorCode.BeneficiaryNeedsKind },
      ]);
    });

    it('a budget payment to an office outside the directory, a KBK outside the catalogue, another account', () => {
      const order = taxPayment();
      expect(broken({ ...order, beneficiary: { ...order.beneficiary, binIin: '940140000385' } })).toEqual([
        { field: 'beneficiary.binIin', code: PaymentErrorCode.TaxOfficeUnknown },
      ]);
      expect(broken({ ...order, kbk: '999999' })).toEqual([
        { field: 'kbk', code: PaymentErrorCode.KbkUnknown },
      ]);
      expect(broken({ ...order, beneficiary: { ...order.beneficiary, kbe: '17' } })).toEqual([
        { field: 'beneficiary.kbe', code: PaymentErrorCode.BeneficiaryFixedByKind },
      ]);
      expect(TAX_OFFICE.bin).toBe(order.beneficiary.binIin);
    });

    it('contributions to another State Corporation account than their kind’s', () => {
      const order = pensionPayment();
      const social = CONTRIBUTION_PAYEES.SOCIAL!.iban;
      expect(broken({ ...order, beneficiary: { ...order.beneficiary, iban: social } })).toEqual([
        { field: 'beneficiary.iban', code: PaymentErrorCode.BeneficiaryFixedByKind },
      ]);
    });

    it('a list kind without employees, and employees on a kind without a list', () => {
      expect(broken({ ...pensionPayment(), employees: [] })).toEqual([
        { field: 'employees', code: PaymentErrorCode.EmployeesRequired },
      ]);
      expect(broken({ ...goodsPayment(), employees: contributionRows() })).toEqual([
        { field: 'employees', code: PaymentErrorCode.EmployeesNotAllowed },
      ]);
    });

    it('an amount other than the sum of the list', () => {
      expect(broken({ ...pensionPayment(), amountTiyn: 1 })).toEqual([
        { field: 'amount', code: PaymentErrorCode.EmployeesTotalMismatch },
      ]);
    });

    it('each bad row under its own index and field', () => {
      const rows = contributionRows();
      rows[0] = { ...rows[0]!, iin: '871008401428' };
      rows[1] = { ...rows[1]!, iin: '940140000385', birthDate: '1990-13-01' };
      rows[2] = { ...rows[2]!, birthDate: '1995-05-16', period: '132026', fullName: '' };
      expect(broken({ ...pensionPayment(), employees: rows })).toEqual([
        { field: 'employees[0].iin', code: PaymentErrorCode.IinBinChecksum },
        { field: 'employees[1].iin', code: PaymentErrorCode.EmployeeNotIin },
        { field: 'employees[1].birthDate', code: PaymentErrorCode.DateFormat },
        { field: 'employees[2].fullName', code: PaymentErrorCode.FieldRequired },
        { field: 'employees[2].birthDate', code: PaymentErrorCode.BirthDateMismatch },
        { field: 'employees[2].period', code: PaymentErrorCode.PeriodFormat },
      ]);
    });

    it('contributions for a month that has not begun, and the same employee twice for one period', () => {
      const rows = contributionRows();
      rows[1] = { ...rows[0]! };
      rows[2] = { ...rows[2]!, period: '042026' };
      const order = {
        ...pensionPayment(),
        employees: rows,
        amountTiyn: rows.reduce((s, r) => s + r.amountTiyn, 0),
      };
      expect(broken(order)).toEqual([
        { field: 'employees[1].iin', code: PaymentErrorCode.EmployeeDuplicate },
        { field: 'employees[2].period', code: PaymentErrorCode.PeriodInFuture },
      ]);
    });

    it('salary to an account at another bank', () => {
      const order = salaryPayment();
      const rows = order.employees!.map((row, i) =>
        i === 1 ? { ...row, iban: 'KZ86722C000016068502' } : row,
      );
      expect(broken({ ...order, employees: rows })).toEqual([
        { field: 'employees[1].iban', code: PaymentErrorCode.AccountNotAtThisBank },
      ]);
    });

    it('a card top-up to a company or to another bank', () => {
      const order = { ...goodsPayment(), kind: 'CARD_TOP_UP' as const };
      expect(
        broken({ ...order, beneficiary: { ...order.beneficiary, iban: OUR_ACCOUNT, bic: 'QOLTKZKA' } }),
      ).toEqual([{ field: 'beneficiary.binIin', code: PaymentErrorCode.BeneficiaryNotIndividual }]);
      expect(broken({ ...order, beneficiary: { ...order.beneficiary, binIin: '871008401427' } })).toEqual([
        { field: 'beneficiary.iban', code: PaymentErrorCode.AccountNotAtThisBank },
      ]);
    });

    it('a transfer by template without its template, and a template on another kind', () => {
      const order = { ...goodsPayment(), kind: 'TEMPLATE_TRANSFER' as const };
      expect(
        broken({ ...order, beneficiary: { ...order.beneficiary, iban: OUR_ACCOUNT, bic: 'QOLTKZKA' } }),
      ).toEqual([{ field: 'templateId', code: PaymentErrorCode.TemplateRequired }]);
      expect(broken({ ...goodsPayment(), templateId: '4f1c2a53-0d1e-4c52-9a57-5b0c1b2f7a10' })).toEqual([
        { field: 'templateId', code: PaymentErrorCode.TemplateNotAllowed },
      ]);
    });
  });

  it('parses a pension request into the order to sign, rows in tiyn, and reports a bad row amount by its index', () => {
    const order = pensionPayment();
    const request = {
      ...order,
      amount: formatTiyn(order.amountTiyn),
      employees: order.employees!.map(({ amountTiyn, ...row }) => ({
        ...row,
        fullName: ` ${row.fullName} `,
        amount: formatTiyn(amountTiyn),
      })),
    };
    expect(parseTengePaymentOrderRequest(request, CONTEXT)).toEqual({ ok: true, order });
    request.employees[2]!.amount = '12.345';
    const parsed = parseTengePaymentOrderRequest(request, CONTEXT);
    expect(parsed.ok ? [] : parsed.violations.map((v) => [v.field, v.code])).toEqual([
      ['employees[2].amount', PaymentErrorCode.AmountTooManyDecimals],
    ]);
  });

  it('lets only a transfer by template reach the bank without the Standard EDS', () => {
    expect(sendingRuleOfPayment({ kind: 'TEMPLATE_TRANSFER' })).toBe('ANY_SIGNATURE');
    for (const kind of ['ORDINARY', 'BUDGET', 'PENSION', 'SALARY', 'CARD_TOP_UP'] as const) {
      expect(sendingRuleOfPayment({ kind })).toBe('STANDARD_EDS');
    }
    expect(sendingRuleOfPayment({})).toBe('STANDARD_EDS');
  });
});
