import { describe, expect, it } from '@jest/globals';
import { passwordViolations } from './password-policy.js';

const codes = (candidate: string, current = 'Temp0rary') =>
  passwordViolations(candidate, current).map((violation) => violation.code);

describe(passwordViolations.name, () => {
  it('accepts 6 to 10 characters with a letter and a digit', () => {
    expect(codes('abc123')).toEqual([]);
    expect(codes('Abcdefgh9!')).toEqual([]);
  });

  it('refuses 5 or 11 characters', () => {
    expect(codes('abc12')).toEqual(['LENGTH']);
    expect(codes('abcdefghi12')).toEqual(['LENGTH']);
  });

  it('refuses letters only, digits only, non-Latin characters and the current password', () => {
    expect(codes('abcdefg')).toEqual(['LETTER_AND_DIGIT']);
    expect(codes('1234567')).toEqual(['LETTER_AND_DIGIT']);
    expect(codes('құпияA123')).toEqual(['CHARACTERS']);
    expect(codes('Temp0rary')).toEqual(['UNCHANGED']);
  });
});
