import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateKnp } from './knp.js';

describe(validateKnp.name, () => {
  const catalogue: ReadonlySet<string> = new Set(['010', '911', '710']);

  it('accepts a code of the catalogue', () => {
    expect(validateKnp('911', catalogue)).toBeUndefined();
    expect(validateKnp('010', catalogue)).toBeUndefined();
  });

  it.each(['91', '9110', 'A11', ' 911', ''])('refuses %j, which is not 3 digits', (knp) => {
    expect(validateKnp(knp, catalogue)?.code).toBe('KNP_FORMAT');
  });

  it('refuses 3 digits that are not in the catalogue, naming the code', () => {
    expect(validateKnp('999', catalogue)).toEqual({
      code: 'KNP_UNKNOWN',
      message: expect.stringContaining('999'),
    });
  });

  it('follows the catalogue it is given, since the bank edits it', () => {
    expect(validateKnp('999', new Set(['999']))).toBeUndefined();
    expect(validateKnp('911', new Set())?.code).toBe('KNP_UNKNOWN');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()),
        (value) => void validateKnp(value as string, catalogue),
      ),
    );
  });
});
