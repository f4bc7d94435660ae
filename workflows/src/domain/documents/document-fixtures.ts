import type { TengePaymentOrder } from '../payment/tenge-payment-order.js';
import type { Actor } from './document-state.js';

/** A valid payment between two real-format accounts, for tests of every package. */
export function samplePaymentOrder(overrides: Partial<TengePaymentOrder> = {}): TengePaymentOrder {
  return {
    number: '42',
    date: '2026-11-20',
    valueDate: '2026-11-20',
    payerIban: 'KZ86125KZT5004100100',
    kod: '17',
    amountTiyn: 125_050,
    currency: 'KZT',
    beneficiary: {
      name: 'ТОО "Алатау Сауда"',
      binIin: '940140000385',
      iban: 'KZ476010131000179714',
      bic: 'HSBKKZKX',
      kbe: '17',
    },
    knp: '710',
    purpose: 'Оплата по договору поставки № 15 от 01.11.2026',
    ...overrides,
  };
}

export const actor = (userId: string, channel: Actor['channel'] = 'STANDARD'): Actor => ({
  userId,
  name: `User ${userId}`,
  channel,
});
