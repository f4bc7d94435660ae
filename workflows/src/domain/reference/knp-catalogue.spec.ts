import { describe, expect, it } from '@jest/globals';
import { INITIAL_KNP_CATALOGUE, knpCodesOf } from './knp-catalogue.js';

describe('INITIAL_KNP_CATALOGUE', () => {
  it('holds exactly the confirmed codes', () => {
    expect([...knpCodesOf(INITIAL_KNP_CATALOGUE)].sort()).toEqual([
      '010',
      '012',
      '017',
      '019',
      '089',
      '121',
      '122',
      '710',
      '911',
      '912',
    ]);
  });

  it('labels every code in English, Russian and Kazakh', () => {
    for (const { label } of INITIAL_KNP_CATALOGUE) {
      expect(label.en).toMatch(/^[A-Z][A-Za-z :]+$/);
      expect(label.ru).toMatch(/^[А-ЯЁ][а-яё ]+$/);
      expect(label.kk).toMatch(/^[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ ]+$/);
    }
  });

  it('cannot be changed by a caller by accident', () => {
    expect(Object.isFrozen(INITIAL_KNP_CATALOGUE)).toBe(true);
    expect(
      INITIAL_KNP_CATALOGUE.every((entry) => Object.isFrozen(entry) && Object.isFrozen(entry.label)),
    ).toBe(true);
  });
});
