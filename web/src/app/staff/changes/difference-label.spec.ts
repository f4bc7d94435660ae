import { describe, expect, it } from '@jest/globals';
import { differenceLabel, differenceValueKeys } from './difference-label';

describe(differenceLabel.name, () => {
  it('names a user’s or an account’s field by its number from one', () => {
    expect(differenceLabel('users.1.signatureRight')).toEqual({
      raw: 'users.1.signatureRight',
      key: 'staff.field.signatureRight',
      user: 2,
    });
    expect(differenceLabel('accounts.0.iban')).toMatchObject({ key: 'staff.field.iban', account: 1 });
  });

  it('shows a field that names its own object as it is', () => {
    expect(differenceLabel('certificate 3A0F')).toEqual({ raw: 'certificate 3A0F' });
  });

  it('translates values that are codes, and leaves plain text alone', () => {
    expect(differenceValueKeys('users.0.signatureRight', 'FIRST')).toEqual(['right.FIRST']);
    expect(differenceValueKeys('users.0.channels', 'LIGHT, MOBILE')).toEqual([
      'channel.LIGHT',
      'channel.MOBILE',
    ]);
    expect(differenceValueKeys('status', 'BLOCKED')).toEqual(['staff.userStatus.BLOCKED']);
    expect(differenceValueKeys('organization.noneMayPrepare', 'true')).toEqual(['staff.yes']);
    expect(differenceValueKeys('organization.name', 'ТОО "Тест"')).toBeUndefined();
  });
});
