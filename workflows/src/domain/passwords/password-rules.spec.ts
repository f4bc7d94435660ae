import { describe, expect, it } from '@jest/globals';
import { brokenPasswordRules, passwordRulesKept } from './password-rules.js';

const broken = (candidate: string, current = 'Temp0rary') => brokenPasswordRules(candidate, current);

describe('the password a user chooses', () => {
  it('accepts 6 to 10 characters with a letter and a digit', () => {
    expect(broken('abc123')).toEqual([]);
    expect(broken('Abcdefgh9!')).toEqual([]);
  });

  it('refuses 5 or 11 characters', () => {
    expect(broken('abc12')).toEqual(['LENGTH']);
    expect(broken('abcdefghi12')).toEqual(['LENGTH']);
  });

  it('refuses letters only, digits only, non-Latin characters and the current password', () => {
    expect(broken('abcdefg')).toEqual(['LETTER_AND_DIGIT']);
    expect(broken('1234567')).toEqual(['LETTER_AND_DIGIT']);
    expect(broken('құпияA123')).toEqual(['CHARACTERS']);
    expect(broken('Temp0rary')).toEqual(['UNCHANGED']);
  });

  it('shows an empty field as keeping no rule but the characters one', () => {
    expect(passwordRulesKept('', 'Temp0rary')).toEqual({
      LENGTH: false,
      CHARACTERS: true,
      LETTER_AND_DIGIT: false,
      UNCHANGED: true,
    });
  });
});
