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

  it('names a device or a certificate by its serial, and a new device as such', () => {
    expect(differenceLabel('certificate 3A0F')).toEqual({
      raw: 'certificate 3A0F',
      key: 'staff.field.certificateNamed',
      params: { serial: '3A0F' },
    });
    expect(differenceLabel('otpDevice QC0000000001')).toMatchObject({
      key: 'staff.field.otpDeviceNamed',
      params: { serial: 'QC0000000001' },
    });
    expect(differenceLabel('otpDevice (new)')).toEqual({
      raw: 'otpDevice (new)',
      key: 'staff.field.newOtpDevice',
    });
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
    expect(differenceValueKeys('otpDevice QC0000000001', 'REVOKED')).toEqual(['staff.deviceStatus.REVOKED']);
    expect(differenceValueKeys('otpDevice (new)', 'CARD')).toEqual(['staff.deviceKind.CARD']);
    expect(differenceValueKeys('certificate 3A0F', 'SIGNING')).toEqual(['staff.purpose.SIGNING']);
    expect(differenceValueKeys('certificate 3A0F', 'REVOKED')).toEqual(['staff.certificateStatus.REVOKED']);
    expect(differenceValueKeys('password', 'TEMPORARY_BY_SMS')).toEqual([
      'staff.credentialState.TEMPORARY_BY_SMS',
    ]);
    expect(differenceValueKeys('tokenReissue', 'EXPIRING')).toEqual(['staff.reissueReason.EXPIRING']);
    expect(differenceValueKeys('validityDays', '365')).toBeUndefined();
  });
});
