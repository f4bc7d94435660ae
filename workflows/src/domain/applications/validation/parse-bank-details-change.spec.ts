import { describe, expect, it } from '@jest/globals';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseBankDetailsChange } from './parse-bank-details-change.js';
import { outcomeOf } from './validation.fixtures.js';

const change = (request: Record<string, unknown>) => outcomeOf('BANK_DETAILS_CHANGE', request);

describe(parseBankDetailsChange.name, () => {
  it('refuses a change that changes nothing, a note alone included', () => {
    expect(change({})).toEqual([`legalAddress: ${Code.NothingToChange}`]);
    expect(change({ note: 'New director', phone: '  ' })).toEqual([`legalAddress: ${Code.NothingToChange}`]);
  });

  it('keeps a phone number in international form without its punctuation', () => {
    expect(change({ phone: '+7 (701) 123-45-67' })).toEqual({
      kind: 'BANK_DETAILS_CHANGE',
      phone: '+77011234567',
    });
  });

  it.each(['87011234567', '+7 701 123', '+7701123456789012', 'phone', '+0 701 123 45 67'])(
    'refuses the phone %j',
    (phone) => {
      expect(change({ phone })).toEqual([`phone: ${Code.PhoneFormat}`]);
    },
  );

  it.each(['info@dala.kz', 'a.b+c@mail.example.com'])('accepts the e-mail %s', (email) => {
    expect(change({ email })).toEqual({ kind: 'BANK_DETAILS_CHANGE', email });
  });

  it.each(['info', 'info@dala', 'in fo@dala.kz', '@dala.kz', 'info@@dala.kz', 'info@dala..kz'])(
    'refuses the e-mail %j',
    (email) => {
      expect(change({ email })).toEqual([`email: ${Code.EmailFormat}`]);
    },
  );

  it("refuses addresses over 250 characters and a head's name over 160", () => {
    expect(change({ legalAddress: 'a'.repeat(251), headName: 'b'.repeat(161) })).toEqual([
      `legalAddress: ${Code.TextTooLong}`,
      `headName: ${Code.TextTooLong}`,
    ]);
  });
});
