import { randomBytes, sign, verify } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { softwareRsaKey, writePkcs12 } from '@qoltanba/testing/pkcs12-files';
import { TestCa } from '../../test/test-ca.js';
import { AgentErrorCode } from '../protocol/agent-error-code.js';
import { openPkcs12 } from './pkcs12-file.js';

const PASSWORD = 'Qwerty12';

describe(openPkcs12.name, () => {
  const key = softwareRsaKey();
  let certificate: string;

  beforeAll(async () => {
    const ca = await TestCa.create();
    const issued = await ca.issue({
      publicKey: key.publicKeyInfo,
      subject: {
        iin: '871008401427',
        bin: '940140000385',
        commonName: 'ФАЙЛОВ ФАЙЛ',
        organization: 'ТОО «Файл»',
        country: 'KZ',
      },
      purpose: 'signing',
    });
    certificate = Buffer.from(issued.rawData).toString('base64');
  });

  it.each([
    ['AES-256 (PBES2, today)', false],
    ['3DES (the older national files)', true],
  ])('opens a file encrypted with %s: the key and its certificate, byte for byte', async (_name, legacy) => {
    const file = await writePkcs12({ privateKey: key.privateKey, certificate, password: PASSWORD, legacy });

    const [opened, ...others] = openPkcs12(file, PASSWORD);

    expect(others).toEqual([]);
    expect(opened!.certificate.der.toString('base64')).toBe(certificate);
    expect(opened!.certificate.details.iin).toBe('871008401427');
    const data = randomBytes(64);
    const signature = sign('sha256', data, opened!.privateKey);
    const certified = { key: opened!.certificate.publicKeyInfo, format: 'der', type: 'spki' } as const;
    expect(verify('sha256', data, certified, signature)).toBe(true);
  });

  it('refuses a wrong password as such, so the user can type it again', async () => {
    const file = await writePkcs12({ privateKey: key.privateKey, certificate, password: PASSWORD });

    expect(() => openPkcs12(file, 'Qwerty13')).toThrow(
      expect.objectContaining({ code: AgentErrorCode.KEY_FILE_PASSWORD_INCORRECT }),
    );
  });

  it('refuses a file that is no key store', () => {
    expect(() => openPkcs12(randomBytes(300), PASSWORD)).toThrow(
      expect.objectContaining({ code: AgentErrorCode.KEY_FILE_INVALID }),
    );
  });
});
