import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateBic } from './bic.js';

describe(validateBic.name, () => {
  it.each(['KCJBKZKX', 'HSBKKZKX', 'CASPKZKA', 'KKMFKZ2A', 'GCVPKZ2A', 'HSBKKZKXXXX'])(
    'accepts the Kazakh BIC %s',
    (bic) => {
      expect(validateBic(bic)).toBeUndefined();
    },
  );

  it.each(['HSBKKZK', 'HSBKKZKXX', 'HSBKKZKXXXXX', 'hsbkkzkx', 'HSB1KZKX', 'HSBK KZKX', ''])(
    'refuses %j, which is not 8 or 11 characters laid out as a BIC',
    (bic) => {
      expect(validateBic(bic)?.code).toBe('BIC_FORMAT');
    },
  );

  it('refuses the BIC of a bank outside Kazakhstan', () => {
    expect(validateBic('DEUTDEFF')?.code).toBe('BIC_COUNTRY');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => void validateBic(value as string)),
    );
  });
});
