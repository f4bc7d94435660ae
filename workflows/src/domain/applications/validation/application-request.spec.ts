import { describe, expect, it } from '@jest/globals';
import { contentOf } from '../application.fixtures.js';
import { renderApplicationRequest } from './application-request.js';
import { INVOICE, TODAY } from './validation.fixtures.js';

describe(renderApplicationRequest.name, () => {
  it('writes an amount as decimal text beside its currency', () => {
    expect(renderApplicationRequest(contentOf('CASH_WITHDRAWAL', TODAY))).toMatchObject({
      amount: '150000.00',
      currency: 'KZT',
    });
  });

  it("writes an exchange's amount without a currency: that of the fixed side's account", () => {
    const request = renderApplicationRequest(contentOf('CURRENCY_SALE', TODAY));
    expect(request.amount).toBe('500.00');
    expect(request).not.toHaveProperty('currency');
    expect(request).not.toHaveProperty('kind');
  });

  it("names a letter's files by their ids", () => {
    const letter = { ...contentOf('LETTER', TODAY), attachments: [INVOICE] };
    expect(renderApplicationRequest<'LETTER'>(letter)).toEqual({
      subject: letter.subject,
      body: letter.body,
      attachmentIds: [INVOICE.id],
    });
  });
});
