import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { kodKbeResidency, validateKodKbe } from './kod-kbe.js';

describe(validateKodKbe.name, () => {
  it.each(['17', '19', '11', '14', '21', '29'])('accepts %s', (code) => {
    expect(validateKodKbe(code)).toBeUndefined();
  });

  it.each(['1', '171', 'A7', ' 17', ''])('refuses %j, which is not 2 digits', (code) => {
    expect(validateKodKbe(code)?.code).toBe('KOD_KBE_FORMAT');
  });

  it.each(['07', '37', '97'])('refuses %s, whose first digit is not a residency (1 or 2)', (code) => {
    expect(validateKodKbe(code)?.code).toBe('KOD_KBE_RESIDENCY');
  });

  it.each(['10', '20'])('refuses %s, whose second digit is not an economic sector (1–9)', (code) => {
    expect(validateKodKbe(code)?.code).toBe('KOD_KBE_SECTOR');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => void validateKodKbe(value as string)),
    );
  });
});

describe(kodKbeResidency.name, () => {
  it('reads residency from the first digit', () => {
    expect(kodKbeResidency('17')).toBe('RESIDENT');
    expect(kodKbeResidency('27')).toBe('NON_RESIDENT');
  });
});
