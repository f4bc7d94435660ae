import { randomUUID, webcrypto } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as asn1js from 'asn1js';
import { DataSource, Repository } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.js';
import { kazakhName } from '../../common/pki/kazakh-subject.js';
import { parseCertificate, type ParsedCertificate } from '../../common/pki/parsed-certificate.js';
import * as x509 from '../../common/pki/x509.js';
import { AppConfig } from '../../config/app-config.js';
import { AppLogger } from '../../logging/app-logger.js';
import {
  CertificateAuthority,
  type CertificateOrder,
  type PublishedCrl,
  type Revocation,
} from '../certificate-authority.js';
import { PURPOSE_PROFILES } from '../certificate-purpose.js';
import { CRL_REASON } from '../revocation-reason.js';
import { UserCertificate } from '../user-certificate.entity.js';
import { CaCrl } from './ca-crl.entity.js';
import { CaRoot } from './ca-root.entity.js';
import { CA_SIGNING_ALGORITHM, generateCaKeys, importCaPrivateKey, randomSerialNumber } from './ca-keys.js';
import { bufferSource } from '../../common/pki/buffer-source.js';

/** Fixed advisory-lock keys: processes starting together create one root; publishers make one CRL at a time. */
const ROOT_LOCK_KEY = 7_310_240_101;
const CRL_LOCK_KEY = 7_310_240_102;
const CRL_NUMBER_OID = '2.5.29.20';
const YEAR_MS = 365.25 * 86_400_000;

interface LoadedRoot {
  id: string;
  certificate: x509.X509Certificate;
  parsed: ParsedCertificate;
  privateKey: webcrypto.CryptoKey;
}

/**
 * The internal CA: a self-signed root made at first start and kept in PostgreSQL (the key sealed by
 * the SecretBox), which issues user certificates straight from the root and publishes CRLs of the
 * revocations in the registry.
 */
@Injectable()
export class InternalCertificateAuthority extends CertificateAuthority {
  private root?: Promise<LoadedRoot>;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CaRoot) private readonly roots_: Repository<CaRoot>,
    @InjectRepository(CaCrl) private readonly crls: Repository<CaCrl>,
    @InjectRepository(UserCertificate) private readonly registry: Repository<UserCertificate>,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {
    super();
  }

  async start(): Promise<void> {
    await this.ready();
  }

  /** The current root, created on the first call of the first process if there is none yet. */
  ready(): Promise<LoadedRoot> {
    this.root ??= this.loadOrCreateRoot().catch((error: unknown) => {
      this.root = undefined;
      throw error;
    });
    return this.root;
  }

  async issue(order: CertificateOrder): Promise<Buffer> {
    const root = await this.ready();
    const request = new x509.Pkcs10CertificateRequest(bufferSource(order.certificationRequest));
    const profile = PURPOSE_PROFILES[order.purpose];
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: randomSerialNumber(),
      subject: kazakhName(order.subject),
      issuer: root.certificate.subjectName,
      notBefore: order.notBefore,
      notAfter: order.notAfter,
      signingAlgorithm: CA_SIGNING_ALGORITHM,
      publicKey: request.publicKey,
      signingKey: root.privateKey,
      extensions: [
        new x509.KeyUsagesExtension(profile.keyUsage, true),
        new x509.ExtendedKeyUsageExtension([profile.extendedKeyUsage, ...order.roles]),
        await x509.SubjectKeyIdentifierExtension.create(request.publicKey),
        new x509.AuthorityKeyIdentifierExtension(root.parsed.subjectKeyId!),
        new x509.CRLDistributionPointsExtension([`${this.config.pki.ca.publicUrl}/crl.crl`]),
      ],
    });
    return Buffer.from(certificate.rawData);
  }

  async revoke(_revocation: Revocation): Promise<void> {
    // The registry holds the revocation; publishing at once lets relying parties see it now.
    await this.publishCrl(await this.ready());
  }

  async crl(): Promise<PublishedCrl> {
    const root = await this.ready();
    const latest = await this.crls.findOne({ where: { rootId: root.id }, order: { number: 'DESC' } });
    if (latest && this.isFresh(latest, await this.revokedCount(root))) return this.published(root, latest);
    return this.publishCrl(root);
  }

  async roots(): Promise<Buffer[]> {
    await this.ready();
    const all = await this.roots_.find({ order: { createdAt: 'ASC' } });
    return all.map((row) => row.certificateDer);
  }

  async currentRoot(): Promise<Buffer> {
    return (await this.ready()).parsed.der;
  }

  private async loadOrCreateRoot(): Promise<LoadedRoot> {
    const existing = await this.roots_.findOneBy({ current: true });
    if (existing) return this.load(existing);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ROOT_LOCK_KEY]);
      const raced = await manager.findOneBy(CaRoot, { current: true });
      if (raced) return this.load(raced);
      const { row, loaded } = await this.createRoot();
      await manager.insert(CaRoot, row);
      this.logger.info(
        { serialNumber: row.serialNumber, subject: row.subject, fingerprint: row.fingerprint },
        'internal CA root created',
      );
      return loaded;
    });
  }

  private async createRoot(): Promise<{ row: CaRoot; loaded: LoadedRoot }> {
    const { ca, bank } = { ca: this.config.pki.ca, bank: this.config.bank };
    const keys = await generateCaKeys(ca.rootKeyBits);
    const now = Date.now();
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: randomSerialNumber(),
      name: new x509.Name([
        { CN: [{ utf8String: `${bank.name} Certification Authority` }] },
        { O: [{ utf8String: bank.name }] },
        { C: [{ printableString: 'KZ' }] },
      ]),
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + ca.rootValidityYears * YEAR_MS),
      signingAlgorithm: CA_SIGNING_ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    const id = randomUUID();
    const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
    const parsed = parseCertificate(new Uint8Array(certificate.rawData));
    const row = Object.assign(new CaRoot(), {
      id,
      current: true,
      serialNumber: parsed.serialNumber,
      subject: parsed.subject,
      fingerprint: parsed.fingerprint,
      subjectKeyId: parsed.subjectKeyId!,
      notBefore: parsed.notBefore,
      notAfter: parsed.notAfter,
      certificateDer: parsed.der,
      privateKeySealed: this.box.seal(pkcs8, sealContext(id)),
    });
    pkcs8.fill(0);
    return { row, loaded: { id, certificate, parsed, privateKey: await this.reimport(row) } };
  }

  private async load(row: CaRoot): Promise<LoadedRoot> {
    return {
      id: row.id,
      certificate: new x509.X509Certificate(bufferSource(row.certificateDer)),
      parsed: parseCertificate(row.certificateDer),
      privateKey: await this.reimport(row),
    };
  }

  private async reimport(row: CaRoot): Promise<webcrypto.CryptoKey> {
    const pkcs8 = this.box.open(row.privateKeySealed, sealContext(row.id));
    try {
      return await importCaPrivateKey(pkcs8);
    } finally {
      pkcs8.fill(0);
    }
  }

  private revokedCount(root: LoadedRoot): Promise<number> {
    return this.registry.countBy({ authorityKeyId: root.parsed.subjectKeyId!, status: 'REVOKED' });
  }

  /** Fresh: it lists every revocation so far and less than half of its validity has passed. */
  private isFresh(crl: CaCrl, revoked: number): boolean {
    const halfLife = (crl.nextUpdate.getTime() - crl.thisUpdate.getTime()) / 2;
    return crl.entries === revoked && Date.now() < crl.thisUpdate.getTime() + halfLife;
  }

  private async publishCrl(root: LoadedRoot): Promise<PublishedCrl> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CRL_LOCK_KEY]);
      const revoked = await manager.find(UserCertificate, {
        where: { authorityKeyId: root.parsed.subjectKeyId!, status: 'REVOKED' },
        order: { revokedAt: 'ASC', serialNumber: 'ASC' },
      });
      const latest = await manager.findOne(CaCrl, { where: { rootId: root.id }, order: { number: 'DESC' } });
      // Another process may have published while this one waited for the lock.
      if (latest && this.isFresh(latest, revoked.length)) return this.published(root, latest);
      const number = (latest?.number ?? 0) + 1;
      const thisUpdate = new Date();
      const nextUpdate = new Date(thisUpdate.getTime() + this.config.pki.ca.crlValidityHours * 3_600_000);
      const crl = await x509.X509CrlGenerator.create({
        issuer: root.certificate.subjectName,
        thisUpdate,
        nextUpdate,
        signingAlgorithm: CA_SIGNING_ALGORITHM,
        signingKey: root.privateKey,
        entries: revoked.map((entry) => ({
          serialNumber: entry.serialNumber,
          revocationDate: entry.revokedAt!,
          reason: CRL_REASON[entry.revocationReason ?? 'UNSPECIFIED'],
        })),
        extensions: [
          new x509.Extension(CRL_NUMBER_OID, false, new asn1js.Integer({ value: number }).toBER()),
          new x509.AuthorityKeyIdentifierExtension(root.parsed.subjectKeyId!),
        ],
      });
      const row = Object.assign(new CaCrl(), {
        rootId: root.id,
        number,
        thisUpdate: crl.thisUpdate,
        nextUpdate: crl.nextUpdate ?? nextUpdate,
        entries: revoked.length,
        der: Buffer.from(crl.rawData),
      });
      await manager.insert(CaCrl, row);
      return this.published(root, row);
    });
  }

  private published(root: LoadedRoot, crl: CaCrl): PublishedCrl {
    return {
      number: crl.number,
      issuer: root.parsed.subject,
      thisUpdate: crl.thisUpdate,
      nextUpdate: crl.nextUpdate,
      der: crl.der,
    };
  }
}

const sealContext = (rootId: string) => `ca-root:${rootId}`;
