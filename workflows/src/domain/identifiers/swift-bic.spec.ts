import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateSwiftBic } from './swift-bic.js';

describe(validateSwiftBic.name, () => {
  it.each([
    'COBADEFFXXX',
    'DEUTDEFF',
    'CHASUS33',
    'HSBKKZKX',
    'SABRRUMM',
    'BKCHCNBJ300',
    'NBPLPKKA',
    'RBOSGB2L',
  ])('accepts the real BIC %s', (bic) => {
    expect(validateSwiftBic(bic)).toBeUndefined();
  });

  it.each([
    'COBADEFFX',
    'COBADEFFXX',
    'COBADEFFXXXX',
    'COBADEF',
    'C0BADEFF',
    'cobadeff',
    'COBA DEFF',
    'COBAD1FF',
    '',
  ])('refuses %j, which is not 8 or 11 characters of the BIC layout', (bic) => {
    expect(validateSwiftBic(bic)?.code).toBe('SWIFT_BIC_FORMAT');
  });

  it('refuses a BIC whose country letters name no country', () => {
    expect(validateSwiftBic('COBAZZFF')?.code).toBe('SWIFT_BIC_COUNTRY');
    expect(validateSwiftBic('BARCUKXX')?.code).toBe('SWIFT_BIC_COUNTRY');
  });

  it('answers with an issue rather than throwing for any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const issue = validateSwiftBic(value as string);
        if (issue) expect(['SWIFT_BIC_FORMAT', 'SWIFT_BIC_COUNTRY']).toContain(issue.code);
      }),
    );
  });
});
