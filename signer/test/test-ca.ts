import { randomBytes, webcrypto } from 'node:crypto';
import { type KazakhSubject, kazakhName } from '../src/crypto/kazakh-subject.js';
import { EKU } from '../src/crypto/certificate-details.js';
import * as x509 from '../src/crypto/x509.js';
import { DAY_MS as DAY, TEST_RSA_KEY as RSA } from '@qoltanba/testing/test-keys';

export interface IssueOptions {
  /** Base64 DER SubjectPublicKeyInfo, as generateKeyPair answers it. */
  publicKey: string;
  subject: KazakhSubject;
  purpose: 'signing' | 'authentication';
  notBefore?: Date;
  notAfter?: Date;
  /** Role OIDs among the extended key usages, as the bank's CA writes them (1.2.398.3.3.4.1.…). */
  roles?: string[];
}

/**
 * A throwaway certification authority in software, for tests only: the backend's CA replaces it.
 * It issues certificates with the National Certification Authority's subject layout and usages.
 */
export class TestCa {
  private constructor(
    readonly certificate: x509.X509Certificate,
    private readonly keys: webcrypto.CryptoKeyPair,
  ) {}

  static async create(): Promise<TestCa> {
    const keys = await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '7e57ca01',
      name: [{ CN: ['Qoltanba test CA'] }, { C: ['KZ'] }],
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 365 * DAY),
      signingAlgorithm: RSA,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ],
    });
    return new TestCa(certificate, keys);
  }

  issue(options: IssueOptions): Promise<x509.X509Certificate> {
    const signing = options.purpose === 'signing';
    return x509.X509CertificateGenerator.create({
      // Unpredictable, so certificates of two test CAs on one token never share a serial number.
      serialNumber: `01${randomBytes(8).toString('hex')}`,
      subject: kazakhName(options.subject),
      issuer: this.certificate.subject,
      notBefore: options.notBefore ?? new Date(Date.now() - DAY),
      notAfter: options.notAfter ?? new Date(Date.now() + 365 * DAY),
      signingAlgorithm: RSA,
      publicKey: Buffer.from(options.publicKey, 'base64'),
      signingKey: this.keys.privateKey,
      extensions: [
        new x509.KeyUsagesExtension(
          signing
            ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation
            : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
          true,
        ),
        new x509.ExtendedKeyUsageExtension([
          signing ? EKU.signing : EKU.clientAuthentication,
          ...(options.roles ?? []),
        ]),
      ],
    });
  }
}
