import { describe, expect, it } from '@jest/globals';
import { subjectMismatch } from './subject-match.js';

const user = { iin: '871008401427' };
const company = { binIin: '940140000385', legalForm: 'LEGAL_ENTITY' as const };
const entrepreneur = { binIin: '871008401427', legalForm: 'INDIVIDUAL_ENTREPRENEUR' as const };

describe(subjectMismatch.name, () => {
  it('accepts the user’s IIN with the organization’s BIN', () => {
    expect(subjectMismatch({ iin: user.iin, bin: company.binIin }, user, company)).toBeNull();
  });

  it('refuses another person’s IIN, another organization’s BIN, and a missing BIN for a company', () => {
    expect(subjectMismatch({ iin: '940140000385', bin: company.binIin }, user, company)).toMatch(/IIN/);
    expect(subjectMismatch({ iin: user.iin, bin: '160440007161' }, user, company)).toMatch(/BIN/);
    expect(subjectMismatch({ iin: user.iin, bin: null }, user, company)).toMatch(/BIN/);
  });

  it('accepts an individual entrepreneur’s own certificate without a BIN', () => {
    expect(subjectMismatch({ iin: user.iin, bin: null }, user, entrepreneur)).toBeNull();
    expect(subjectMismatch({ iin: user.iin, bin: entrepreneur.binIin }, user, entrepreneur)).toBeNull();
  });
});
