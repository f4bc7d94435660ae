import { describe, expect, it } from '@jest/globals';
import { controlIdOf, emptyDraft, stepOf, toChange } from './onboarding-draft';

describe('the onboarding draft', () => {
  it('sends what the manager typed, trimmed, the IBAN without spaces, blanks left out', () => {
    const draft = emptyDraft();
    draft.organization = {
      ...draft.organization,
      name: '  ТОО "Тест" ',
      binIin: '940140000385 ',
      address: ' Алматы ',
    };
    draft.accounts = [{ iban: 'kz86 998k zt50 0410 0100', currency: 'KZT', title: ' Current ' }];
    draft.users = [{ ...draft.users[0]!, fullName: ' Дина ', iin: '871008401427', phone: ' ', email: '' }];

    const change = toChange(draft);

    expect(change.organization).toMatchObject({
      name: 'ТОО "Тест"',
      binIin: '940140000385',
      address: 'Алматы',
    });
    expect(change.accounts[0]).toEqual({ iban: 'KZ86998KZT5004100100', currency: 'KZT', title: 'Current' });
    expect(change.users[0]).not.toHaveProperty('phone');
    expect(change.users[0]).not.toHaveProperty('email');
  });

  it('takes a refusal back to the step and control of the field the bank named', () => {
    expect(stepOf('change.users.1.iin')).toBe('users');
    expect(stepOf('change.accounts.0.iban')).toBe('accounts');
    expect(stepOf('change.organization.binIin')).toBe('organization');
    expect(controlIdOf('change.users.1.iin')).toBe('users-1-iin');
    expect(stepOf('users[1].phone')).toBe('users');
    expect(controlIdOf('change.users[1].phone')).toBe('users-1-phone');
  });
});
