import { almatyDate } from '@qoltanba/workflows/domain';

/** Today in Almaty, the bank's operating day. */
export const today = (): string => almatyDate(new Date().toISOString());

/**
 * A valid tenge payment order from `payerIban` to a customer of another bank, dated today; a test
 * overrides the fields it is about (a replaced `beneficiary` is replaced whole).
 */
export function paymentOrder(payerIban: string, overrides: Record<string, unknown> = {}) {
  return {
    number: '42',
    date: today(),
    valueDate: today(),
    payerIban,
    amount: '1250.50',
    currency: 'KZT',
    beneficiary: {
      name: 'ТОО "Алатау Сауда"',
      binIin: '940140000385',
      iban: 'KZ476010131000179714',
      bic: 'HSBKKZKX',
      kbe: '17',
    },
    knp: '710',
    purpose: 'Оплата по договору поставки № 15',
    ...overrides,
  };
}
