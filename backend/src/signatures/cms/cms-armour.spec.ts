import { describe, expect, it } from '@jest/globals';
import { cmsBase64 } from './cms-armour.js';

describe(cmsBase64.name, () => {
  const body = 'MIIGfQYJKoZIhvcNAQcCoIIGbjCCBmoCAQExDjAMBggqgw4DCgEDAQUAMAsGCSqGSIb3DQEHAQ==';

  it('takes a bare base64 CMS as it is, without its line breaks', () => {
    expect(cmsBase64(`${body.slice(0, 40)}\r\n${body.slice(40)}\n`)).toBe(body);
  });

  it('takes a CMS in PEM armour as NCALayer returns it', () => {
    const pem = `-----BEGIN CMS-----\n${body.slice(0, 64)}\n${body.slice(64)}\n-----END CMS-----\n`;
    expect(cmsBase64(pem)).toBe(body);
    expect(cmsBase64(pem.replaceAll('CMS', 'PKCS7'))).toBe(body);
  });

  it('leaves armour whose END does not match its BEGIN for the base64 check to refuse', () => {
    expect(cmsBase64(`-----BEGIN CMS-----\n${body}\n-----END CERTIFICATE-----`)).toContain('-----');
  });
});
