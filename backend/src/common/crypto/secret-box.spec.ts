import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SecretBox } from './secret-box.js';

describe(SecretBox.name, () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'otp-device:1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'otp-device:1').toString()).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same secret differently each time', () => {
    expect(box.seal('secret', 'c')).not.toBe(box.seal('secret', 'c'));
  });

  it('refuses a sealed value moved to another context, tampered with, or under another key', () => {
    const sealed = box.seal('secret', 'otp-device:1');
    expect(() => box.open(sealed, 'otp-device:2')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'otp-device:1')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'otp-device:1')).toThrow();
  });
});
