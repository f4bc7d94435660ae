import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson } from '../canonical/canonical-json.js';
import { formatTiyn } from '../identifiers/amount.js';
import { PaymentErrorCode } from './payment-error-code.js';
import { CONTEXT, goodsPayment, taxPayment, validOrder } from './payment-order.fixtures.js';
import {
  parseTengePaymentOrderRequest,
  type TengePaymentOrderRequest,
} from './parse-tenge-payment-order-request.js';
import type { TengePaymentOrder } from './tenge-payment-order.js';
import { validateTengePaymentOrder } from './validate-tenge-payment-order.js';

function requestOf({ amountTiyn, employees, ...rest }: TengePaymentOrder): TengePaymentOrderRequest {
  return {
    ...rest,
    amount: formatTiyn(amountTiyn),
    ...(employees
      ? { employees: employees.map(({ amountTiyn: tiyn, ...row }) => ({ ...row, amount: formatTiyn(tiyn) })) }
      : {}),
  };
}

describe(parseTengePaymentOrderRequest.name, () => {
  it('turns a valid request into the order to sign, the amount in tiyn', () => {
    expect(
      parseTengePaymentOrderRequest({ ...requestOf(goodsPayment()), amount: '1250.5' }, CONTEXT),
    ).toEqual({
      ok: true,
      order: goodsPayment(),
    });
  });

  it('normalises what people type: spaces, case, surrounding blanks', () => {
    const order = goodsPayment();
    const request: TengePaymentOrderRequest = {
      ...requestOf(order),
      number: ' 125 ',
      payerIban: order.payerIban.toLowerCase().replace(/(.{4})/g, '$1 '),
      amount: ' 1250.50 ',
      beneficiary: {
        ...order.beneficiary,
        iban: ' kz86 722c 0000 1606 8502',
        bic: 'caspkzka',
        name: ' TOO "Dala Trade" ',
      },
      purpose: `\n${order.purpose}  `,
      kbk: '',
    };
    expect(parseTengePaymentOrderRequest(request, CONTEXT)).toEqual({ ok: true, order });
  });

  it('keeps the KBK of a budget payment and drops fields the order does not have', () => {
    const request = {
      ...requestOf(taxPayment()),
      signature: 'forged',
      amountTiyn: 1,
    } as TengePaymentOrderRequest;
    expect(parseTengePaymentOrderRequest(request, CONTEXT)).toEqual({ ok: true, order: taxPayment() });
  });

  it.each([
    ['1250.505', PaymentErrorCode.AmountTooManyDecimals],
    ['1,250.50', PaymentErrorCode.AmountFormat],
    ['0.00', PaymentErrorCode.AmountNotPositive],
    ['1000000000000', PaymentErrorCode.AmountTooLarge],
    ['', PaymentErrorCode.FieldRequired],
  ])('reports the amount %j once, under amount', (amount, code) => {
    const result = parseTengePaymentOrderRequest({ ...requestOf(goodsPayment()), amount }, CONTEXT);
    expect(result).toEqual({
      ok: false,
      violations: [{ field: 'amount', code, message: expect.any(String) }],
    });
  });

  it('reports every other rule as validateTengePaymentOrder does, in the same order', () => {
    const order: TengePaymentOrder = { ...goodsPayment(), kod: '37', knp: '999', kbk: '101201' };
    const result = parseTengePaymentOrderRequest({ ...requestOf(order), amount: 'x' }, CONTEXT);
    const fromOrder = validateTengePaymentOrder({ ...order, amountTiyn: 0 }, CONTEXT).map((v) =>
      v.field === 'amount' ? { ...v, code: PaymentErrorCode.AmountFormat, message: expect.any(String) } : v,
    );
    expect(result).toEqual({ ok: false, violations: fromOrder });
  });

  it('gives back exactly the valid order a client built, so what was shown is what is signed', () => {
    fc.assert(
      fc.property(validOrder, (order) => {
        const result = parseTengePaymentOrderRequest(requestOf(order), CONTEXT);
        expect(result.ok && canonicalJson(result.order)).toBe(canonicalJson(order));
      }),
    );
  });

  it('never throws on a request that is not an object', () => {
    for (const request of [null, undefined, 'x', 1, []]) {
      const result = parseTengePaymentOrderRequest(request as unknown as TengePaymentOrderRequest, CONTEXT);
      expect(result.ok).toBe(false);
    }
  });
});
