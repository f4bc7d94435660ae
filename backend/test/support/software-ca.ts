import { randomBytes, webcrypto } from 'node:crypto';
import { type CertificatePurpose, PURPOSE_PROFILES } from '../../src/certificates/certificate-purpose.js';
import { kazakhName, type KazakhSubject } from '../../src/common/pki/kazakh-subject.js';
import * as x509 from '../../src/common/pki/x509.js';
import { parseCertificate } from '../../src/common/pki/parsed-certificate.js';
import { TrustAnchors } from '../../src/signatures/cms/trust-anchors.js';
import { DAY_MS as DAY, TEST_RSA_KEY as RSA } from '@qoltanba/testing/test-keys';

/**
 * A certification authority in software, for tests: a stand-in for the National Certification
 * Authority (trusted by configuration) or for a CA nobody trusts. It issues with the Kazakh subject
 * layout and the purposes' usages, optionally through an intermediate CA.
 */
export class SoftwareCa {
  private constructor(
    readonly root: x509.X509Certificate,
    /** The CA that signs user certificates: the root, or its intermediate. */
    readonly issuer: x509.X509Certificate,
    private readonly issuerKey: webcrypto.CryptoKey,
  ) {}

  static async create(name: string, options: { intermediate?: boolean } = {}): Promise<SoftwareCa> {
    const rootKeys = await webcrypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
    const root = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01',
      name: [{ CN: [`${name} Root`] }, { C: ['KZ'] }],
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 3650 * DAY),
      signingAlgorithm: RSA,
      keys: rootKeys,
      extensions: await caExtensions(rootKeys.publicKey),
    });
    if (!options.intermediate) return new SoftwareCa(root, root, rootKeys.privateKey);
    const keys = await webcrypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
    const intermediate = await x509.X509CertificateGenerator.create({
      serialNumber: '02',
      subject: [{ CN: [name] }, { C: ['KZ'] }],
      issuer: root.subjectName,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 1825 * DAY),
      signingAlgorithm: RSA,
      publicKey: keys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: [
        ...(await caExtensions(keys.publicKey)),
        await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
      ],
    });
    return new SoftwareCa(root, intermediate, keys.privateKey);
  }

  /** What a verifier that trusts this CA by configuration holds: its root, and its intermediate. */
  trustAnchors(): TrustAnchors {
    return new TrustAnchors(
      [{ certificate: parseCertificate(Buffer.from(this.root.rawData)), source: 'CONFIGURED' }],
      this.issuer === this.root ? [] : [parseCertificate(Buffer.from(this.issuer.rawData))],
    );
  }

  /** A user certificate (base64 DER) for a key on a token (base64 DER SubjectPublicKeyInfo). */
  async issue(options: {
    publicKey: string;
    subject: KazakhSubject;
    purpose: CertificatePurpose;
    notBefore?: Date;
    notAfter?: Date;
  }): Promise<string> {
    const profile = PURPOSE_PROFILES[options.purpose];
    const publicKey = Buffer.from(options.publicKey, 'base64');
    const certificate = await x509.X509CertificateGenerator.create({
      // Unpredictable, as RFC 5280 asks of real CAs: two test CAs never issue the same serial, which
      // the agent's certificate selection by serial number would confuse on one token.
      serialNumber: `01${randomBytes(8).toString('hex')}`,
      subject: kazakhName(options.subject),
      issuer: this.issuer.subjectName,
      notBefore: options.notBefore ?? new Date(Date.now() - DAY),
      notAfter: options.notAfter ?? new Date(Date.now() + 365 * DAY),
      signingAlgorithm: RSA,
      publicKey,
      signingKey: this.issuerKey,
      extensions: [
        new x509.KeyUsagesExtension(profile.keyUsage, true),
        new x509.ExtendedKeyUsageExtension([profile.extendedKeyUsage]),
        new x509.AuthorityKeyIdentifierExtension(
          this.issuer.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId,
        ),
      ],
    });
    return Buffer.from(certificate.rawData).toString('base64');
  }
}

async function caExtensions(publicKey: webcrypto.CryptoKey): Promise<x509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(true, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey),
  ];
}
