import { describe, expect, it } from '@jest/globals';
import { CHANGE_TYPES } from '@qoltanba/workflows/domain';
import { en } from '../../core/i18n/translations/en';
import {
  type AmendDraft,
  amendControlId,
  amendFieldsOf,
  amendedChange,
  blanksOf,
  draftOf,
  refusedFieldOf,
  unchanged,
} from './amend-fields';

const USER_ID = '00000000-0000-4000-8000-000000000002';
const ORG_ID = '00000000-0000-4000-8000-000000000001';

describe(amendFieldsOf.name, () => {
  it('offers nothing to correct where there is nothing but the object (a temporary password, a block)', () => {
    expect(amendFieldsOf('SEND_TEMPORARY_PASSWORD')).toEqual([]);
    expect(amendFieldsOf('BLOCK_USER')).toEqual([]);
    expect(amendFieldsOf('CLOSE_ACCOUNT')).toEqual([]);
  });

  it('never offers to correct what the change is about: the user, the IBAN, the new user’s IIN', () => {
    const paths = CHANGE_TYPES.flatMap((type) => amendFieldsOf(type).map((field) => field.path));
    expect(paths).not.toContain('userId');
    expect(paths).not.toContain('account.iban');
    expect(paths).not.toContain('user.iin');
    expect(paths).toEqual(expect.arrayContaining(['signatureRight', 'channels', 'account.currency']));
  });

  it('labels every field and option in words', () => {
    const keys = CHANGE_TYPES.flatMap((type) =>
      amendFieldsOf(type).flatMap((field) => [
        field.label,
        ...(field.optionKeys ? (field.options ?? []).map((option) => field.optionKeys + option) : []),
      ]),
    );
    const missing = keys.filter(
      (key) =>
        key
          .split('.')
          .reduce<unknown>((texts, part) => (texts as Record<string, unknown> | undefined)?.[part], en) ===
        undefined,
    );
    expect(missing).toEqual([]);
  });
});

describe('correcting an access change', () => {
  const fields = amendFieldsOf('CHANGE_USER_ACCESS');
  const original = { type: 'CHANGE_USER_ACCESS', userId: USER_ID, signatureRight: 'FIRST' };
  const now: AmendDraft = { signatureRight: 'NONE', channels: ['STANDARD', 'LIGHT'] };

  it('starts from the change, and from the user as they are for what it leaves alone', () => {
    expect(draftOf(original, fields, now)).toEqual({
      signatureRight: 'FIRST',
      channels: ['STANDARD', 'LIGHT'],
    });
  });

  it('sends what differs from the user now, leaving out what would stay as it is', () => {
    expect(
      amendedChange(original, fields, { signatureRight: 'SECOND', channels: ['LIGHT', 'STANDARD'] }, now),
    ).toEqual({ type: 'CHANGE_USER_ACCESS', userId: USER_ID, signatureRight: 'SECOND' });
    expect(
      amendedChange(original, fields, { signatureRight: 'NONE', channels: ['MOBILE', 'LIGHT'] }, now),
    ).toEqual({ type: 'CHANGE_USER_ACCESS', userId: USER_ID, channels: ['LIGHT', 'MOBILE'] });
  });

  it('knows a correction that corrects nothing', () => {
    const same = amendedChange(
      original,
      fields,
      { signatureRight: 'FIRST', channels: ['STANDARD', 'LIGHT'] },
      now,
    );
    expect(unchanged(original, same, fields)).toBe(true);
    const other = amendedChange(
      original,
      fields,
      { signatureRight: 'SECOND', channels: ['STANDARD', 'LIGHT'] },
      now,
    );
    expect(unchanged(original, other, fields)).toBe(false);
  });

  it('asks for at least one channel', () => {
    expect(blanksOf(fields, { signatureRight: 'FIRST', channels: [] })).toEqual(
      new Map([['channels', 'staff.amend.channelsRequired']]),
    );
  });
});

describe('correcting a new account or user', () => {
  it('corrects an account’s currency and name, the IBAN kept, text trimmed', () => {
    const fields = amendFieldsOf('ADD_ACCOUNT');
    const original = {
      type: 'ADD_ACCOUNT',
      organizationId: ORG_ID,
      account: { iban: 'KZ86998KZT5004100100', currency: 'KZT', title: 'Current' },
    };
    expect(draftOf(original, fields)).toEqual({ 'account.currency': 'KZT', 'account.title': 'Current' });
    expect(
      amendedChange(original, fields, { 'account.currency': 'USD', 'account.title': ' Dollar account ' }),
    ).toEqual({
      type: 'ADD_ACCOUNT',
      organizationId: ORG_ID,
      account: { iban: 'KZ86998KZT5004100100', currency: 'USD', title: 'Dollar account' },
    });
    expect(blanksOf(fields, { 'account.currency': 'USD', 'account.title': '  ' })).toEqual(
      new Map([['account.title', 'staff.amend.required']]),
    );
  });

  it('leaves an emptied optional field out of a new user', () => {
    const fields = amendFieldsOf('ADD_USER');
    const original = {
      type: 'ADD_USER',
      organizationId: ORG_ID,
      user: {
        fullName: 'Айнур Сейткали',
        iin: '871008401427',
        phone: '+77011234567',
        signatureRight: 'SINGLE',
        channels: ['LIGHT'],
        otpDevice: 'CARD',
      },
    };
    const draft: AmendDraft = { ...draftOf(original, fields), 'user.phone': '' };
    expect(draft['user.email']).toBe('');
    expect(amendedChange(original, fields, draft)).toEqual({
      ...original,
      user: {
        fullName: 'Айнур Сейткали',
        iin: '871008401427',
        signatureRight: 'SINGLE',
        channels: ['LIGHT'],
        otpDevice: 'CARD',
      },
    });
  });
});

describe(refusedFieldOf.name, () => {
  it('finds the form’s field a refusal names, and no other', () => {
    const fields = amendFieldsOf('ADD_USER');
    expect(refusedFieldOf('change.user.phone', fields)).toBe('user.phone');
    expect(refusedFieldOf('change.user.channels.0', fields)).toBe('user.channels');
    expect(refusedFieldOf('change.user.iin', fields)).toBeUndefined();
    expect(refusedFieldOf('change', fields)).toBeUndefined();
    expect(refusedFieldOf(undefined, fields)).toBeUndefined();
    expect(amendControlId('user.phone')).toBe('amend-user-phone');
  });
});
