import type { ValidationIssue } from '../validation-issue.js';

/**
 * КОд (sender code) and КБе (beneficiary code): two digits, residency (1 resident, 2 non-resident)
 * then the economic sector 1–9 — e.g. 17 resident private company, 19 resident individual, 11
 * central government. Statistics and currency control read them, so both digits must be meaningful.
 */
export type KodKbeIssueCode = 'KOD_KBE_FORMAT' | 'KOD_KBE_RESIDENCY' | 'KOD_KBE_SECTOR';
export type KodKbeIssue = ValidationIssue<KodKbeIssueCode>;

export type Residency = 'RESIDENT' | 'NON_RESIDENT';

/** The issue with a КОд or КБе, or `undefined` when it is valid. */
export function validateKodKbe(code: string): KodKbeIssue | undefined {
  if (typeof code !== 'string' || !/^\d{2}$/.test(code)) {
    return { code: 'KOD_KBE_FORMAT', message: 'A sender or beneficiary code (KOd/KBe) is 2 digits.' };
  }
  if (code[0] !== '1' && code[0] !== '2') {
    return {
      code: 'KOD_KBE_RESIDENCY',
      message: 'The first digit of KOd/KBe is 1 (resident) or 2 (non-resident).',
    };
  }
  if (code[1] === '0') {
    return {
      code: 'KOD_KBE_SECTOR',
      message: 'The second digit of KOd/KBe is an economic sector from 1 to 9.',
    };
  }
  return undefined;
}

/** Residency of a valid КОд/КБе. */
export function kodKbeResidency(code: string): Residency {
  return code[0] === '1' ? 'RESIDENT' : 'NON_RESIDENT';
}
