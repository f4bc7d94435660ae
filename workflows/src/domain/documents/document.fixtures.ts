/** Test data for the document specs (left out of the build with every *.fixtures.ts). */
import { goodsPayment } from '../payment/payment-order.fixtures.js';
import type { TengePaymentOrder } from '../payment/tenge-payment-order.js';
import type { Actor } from './document-state.js';

export const actor = (userId: string, channel: Actor['channel'] = 'STANDARD'): Actor => ({
  userId,
  name: `User ${userId}`,
  channel,
});

export const paymentOrder = (overrides: Partial<TengePaymentOrder> = {}): TengePaymentOrder => ({
  ...goodsPayment(),
  ...overrides,
});
