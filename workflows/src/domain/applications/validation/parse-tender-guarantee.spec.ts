import { describe, expect, it } from '@jest/globals';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseTenderGuarantee } from './parse-tender-guarantee.js';
import { outcomeOf, requestOf } from './validation.fixtures.js';

const tender = (patch: Record<string, unknown>) =>
  outcomeOf('TENDER_GUARANTEE', requestOf('TENDER_GUARANTEE', patch));

describe(parseTenderGuarantee.name, () => {
  it("refuses the organizer's BIN when it is not a valid BIN or IIN", () => {
    expect(tender({ beneficiary: { name: 'АО «Заказчик»', binIin: '940140000386' } })).toEqual([
      `beneficiary.binIin: ${Code.IinBinChecksum}`,
    ]);
    expect(tender({ beneficiary: { name: 'АО «Заказчик»', binIin: '94014000038' } })).toEqual([
      `beneficiary.binIin: ${Code.IinBinFormat}`,
    ]);
  });

  it('requires the tender and the organizer, by their fields', () => {
    expect(tender({ tender: { number: ' ' }, beneficiary: null })).toEqual([
      `tender.number: ${Code.FieldRequired}`,
      `tender.subject: ${Code.FieldRequired}`,
      `beneficiary.name: ${Code.FieldRequired}`,
      `beneficiary.binIin: ${Code.FieldRequired}`,
    ]);
  });

  it('refuses an organizer name over 160 characters', () => {
    expect(tender({ beneficiary: { name: 'А'.repeat(161), binIin: '940140000385' } })).toEqual([
      `beneficiary.name: ${Code.TextTooLong}`,
    ]);
  });

  it('accepts a guarantee in another currency than the fee account', () => {
    expect(tender({ amount: '20000', currency: 'USD' })).toMatchObject({
      amount: { minor: 20_000_00, currency: 'USD' },
    });
  });

  it('refuses a guarantee that ends today or earlier', () => {
    expect(tender({ validUntil: '2026-12-04' })).toEqual([`validUntil: ${Code.DateNotAfterToday}`]);
    expect(tender({ validUntil: '2026-12-05' })).toMatchObject({ validUntil: '2026-12-05' });
  });
});
