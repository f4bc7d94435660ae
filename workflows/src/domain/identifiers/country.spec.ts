import { describe, expect, it } from '@jest/globals';
import { ISO_3166_ALPHA_2_CODES, isCountryCode } from './country.js';

describe(isCountryCode.name, () => {
  it('holds the 249 officially assigned ISO 3166-1 codes, each once', () => {
    expect(ISO_3166_ALPHA_2_CODES).toHaveLength(249);
    expect(new Set(ISO_3166_ALPHA_2_CODES).size).toBe(249);
    expect(ISO_3166_ALPHA_2_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it.each(['KZ', 'RU', 'CN', 'DE', 'US', 'AE', 'GB', 'TR', 'UZ', 'KG', 'AX', 'SS', 'XK'])(
    'accepts %s',
    (code) => {
      expect(isCountryCode(code)).toBe(true);
    },
  );

  it.each(['UK', 'EU', 'SU', 'YU', 'ZZ', 'kz', 'KAZ', 'K', '', ' KZ'])(
    'refuses %j, which is no country code',
    (code) => {
      expect(isCountryCode(code)).toBe(false);
    },
  );

  it('refuses values that are not text', () => {
    for (const value of [undefined, null, 7, {}, ['KZ']]) expect(isCountryCode(value)).toBe(false);
  });
});
