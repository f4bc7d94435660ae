import { type TengePaymentOrder, formatTiyn } from '@qoltanba/workflows/domain';
import { type PaymentFormValue, emptyForm, formOf } from '../form/payment-form';
import type { PastBeneficiaryView, TemplatePayment } from './payment-templates-api';

/**
 * What spares the accountant retyping: a new payment from a template, a repeat of an earlier payment,
 * a beneficiary from the list of past ones. Each gives a new payment's own number and dates.
 */

/** A template keeps everything of a payment but its number and dates (and a list's amount is its total). */
export function templatePaymentOf(order: TengePaymentOrder): TemplatePayment {
  return {
    ...(order.kind ? { kind: order.kind } : {}),
    payerIban: order.payerIban,
    ...(order.employees?.length ? {} : { amount: formatTiyn(order.amountTiyn) }),
    beneficiary: { ...order.beneficiary },
    knp: order.knp,
    purpose: order.purpose,
    ...(order.kbk ? { kbk: order.kbk } : {}),
    ...(order.employees?.length
      ? {
          employees: order.employees.map(({ amountTiyn, ...row }) => ({
            ...row,
            amount: formatTiyn(amountTiyn),
          })),
        }
      : {}),
  };
}

/** A new payment from a template, dated today, numbered by the bank unless the user types one. */
export function formFromTemplate(
  payment: TemplatePayment,
  today: string,
  payerIban: string,
): PaymentFormValue {
  const empty = emptyForm(today, payment.payerIban ?? payerIban);
  return {
    ...empty,
    kind: payment.kind ?? 'ORDINARY',
    amount: payment.amount ?? '',
    beneficiaryName: payment.beneficiary.name,
    binIin: payment.beneficiary.binIin,
    beneficiaryIban: payment.beneficiary.iban,
    bic: payment.beneficiary.bic,
    kbe: payment.beneficiary.kbe,
    knp: payment.knp,
    kbk: payment.kbk ?? '',
    purpose: payment.purpose,
    employees: (payment.employees ?? []).map((row) => ({
      iin: row.iin,
      fullName: row.fullName,
      birthDate: row.birthDate ?? '',
      // Contributions are usually paid for the month the new payment is made in.
      period: row.period ? `${today.slice(5, 7)}${today.slice(0, 4)}` : '',
      iban: row.iban ?? '',
      amount: row.amount,
    })),
  };
}

/** The same payment again: every field but its number and dates, which are the new one's own. */
export function formRepeating(order: TengePaymentOrder, today: string): PaymentFormValue {
  return { ...formOf(order), templateId: '', number: '', date: today, valueDate: today };
}

/** A beneficiary of an earlier payment into the form, with that payment's KNP and purpose if none typed. */
export function withPastBeneficiary(value: PaymentFormValue, past: PastBeneficiaryView): PaymentFormValue {
  return {
    ...value,
    beneficiaryName: past.beneficiary.name,
    binIin: past.beneficiary.binIin,
    beneficiaryIban: past.beneficiary.iban,
    bic: past.beneficiary.bic,
    kbe: past.beneficiary.kbe,
    knp: value.knp || past.knp,
    purpose: value.purpose || past.purpose,
  };
}
