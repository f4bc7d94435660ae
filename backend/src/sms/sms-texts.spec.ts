import { describe, expect, it } from '@jest/globals';
import { USER_LANGUAGES } from '../organizations/client-user.entity.js';
import { smsText } from './sms-texts.js';

describe(smsText.name, () => {
  it('writes the temporary password SMS in the user’s language, with the password in it', () => {
    expect(smsText('TEMPORARY_PASSWORD', 'kk', { password: 'Ab3dEf9h' })).toMatch(
      /уақытша құпиясөзіңіз Ab3dEf9h/,
    );
    expect(smsText('TEMPORARY_PASSWORD', 'ru', { password: 'Ab3dEf9h' })).toMatch(
      /временный пароль Ab3dEf9h/,
    );
    expect(smsText('TEMPORARY_PASSWORD', 'en', { password: 'Ab3dEf9h' })).toMatch(
      /temporary password is Ab3dEf9h/,
    );
  });

  it('has a different text in each language for every message the bank sends', () => {
    for (const purpose of ['OTP_CARD_BLOCKED', 'TOKEN_REGISTERED'] as const) {
      const texts = USER_LANGUAGES.map((language) => smsText(purpose, language, {}));
      expect(new Set(texts).size).toBe(USER_LANGUAGES.length);
    }
  });
});
