import { createPublicKey, type KeyObject, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { EKU } from '../common/pki/kazakh-subject.js';
import { rolesOf } from './certificate-roles.js';
import {
  CertificateParseError,
  parseCertificate,
  type ParsedCertificate,
  publicKeySha256,
  sha256Hex,
} from '../common/pki/parsed-certificate.js';
import * as x509 from '../common/pki/x509.js';
import { isUniqueViolation } from '../common/database/postgres-errors.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { CertificateAuthority } from './certificate-authority.js';
import type { CertificatePurpose } from './certificate-purpose.js';
import { CertificatesErrorCode as Code } from './certificates-error-code.js';
import type { RevocationReason } from './revocation-reason.js';
import { subjectMismatch } from './subject-match.js';
import { type CertificateSource, UserCertificate } from './user-certificate.entity.js';
import { bufferSource } from '../common/pki/buffer-source.js';

const DAY_MS = 86_400_000;
/** A fresh certificate is valid from a minute back, so a client clock a little behind still accepts it. */
const BACKDATE_MS = 60_000;
const MIN_RSA_BITS = 2048;

/** A certificate of another CA, checked for the user it is to be registered to. */
export interface ExternalCertificate {
  parsed: ParsedCertificate;
  purpose: CertificatePurpose;
  organizationId: string;
}

export interface IssueParams {
  /** DER PKCS#10. */
  certificationRequest: Buffer;
  purpose: CertificatePurpose;
  notBefore: Date;
  notAfter: Date;
}

/**
 * Issuance and the registry: the platform verifies the request, asks the CA for a certificate with
 * its own records of the holder in the subject, and registers it to the user; managers revoke.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectRepository(UserCertificate) private readonly registry: Repository<UserCertificate>,
    private readonly ca: CertificateAuthority,
    private readonly users: ClientUsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * Issues for a token registration, as a PENDING certificate that nothing accepts until the
   * registration confirms it is on the token. Asked again (the activity is at-least-once), it
   * answers the certificate already issued for that registration and purpose.
   */
  async issueForRegistration(
    registrationId: string,
    userId: string,
    params: Omit<IssueParams, 'notBefore' | 'notAfter'> & { validityDays: number },
  ): Promise<UserCertificate> {
    const earlier = await this.registry.findOneBy({ registrationId, purpose: params.purpose });
    if (earlier) return earlier;
    const now = Date.now();
    return this.issue(
      userId,
      {
        certificationRequest: params.certificationRequest,
        purpose: params.purpose,
        notBefore: new Date(now - BACKDATE_MS),
        notAfter: new Date(now + params.validityDays * DAY_MS),
      },
      { status: 'PENDING', registrationId },
    );
  }

  /**
   * Verifies the request and issues for any validity period. No route reaches it: certificates come
   * from token registrations (above); tests make expired and not-yet-valid ones with it. The same
   * request again answers the same certificate.
   */
  async issue(
    userId: string,
    params: IssueParams,
    as: { status: 'ACTIVE' | 'PENDING'; registrationId: string | null } = {
      status: 'ACTIVE',
      registrationId: null,
    },
  ): Promise<UserCertificate> {
    const user = await this.users.get(userId);
    if (user.status !== 'ACTIVE') {
      throw new FeatureError(Code.USER_NOT_ACTIVE, 'The user is blocked.');
    }
    const organization = await this.organizations.get(user.organizationId);
    const requestSha256 = sha256Hex(params.certificationRequest);
    const earlier = await this.answered(userId, requestSha256, params.purpose);
    if (earlier) return earlier;

    const publicKey = await verifiedRequestKey(params.certificationRequest);
    const holder = await this.registry.findOne({
      where: { publicKeySha256: publicKeySha256(publicKey) },
      select: { userId: true },
    });
    if (holder && holder.userId !== userId) {
      throw new FeatureError(
        Code.REQUEST_KEY_IN_USE,
        'This key is certified for another user; generate a new key on the token.',
        { field: 'certificationRequest' },
      );
    }
    const der = await this.ca.issue({
      certificationRequest: params.certificationRequest,
      subject: {
        iin: user.iin,
        bin: organization.binIin,
        commonName: user.fullName,
        organization: organization.name,
      },
      purpose: params.purpose,
      roles: rolesOf(organization.legalForm, user.signatureRight),
      notBefore: params.notBefore,
      notAfter: params.notAfter,
    });
    const entry = registration(parseCertificate(der), {
      userId,
      organizationId: organization.id,
      purpose: params.purpose,
      source: 'INTERNAL_CA',
      requestSha256,
      ...as,
    });
    try {
      await this.registry.insert(entry);
    } catch (error) {
      // The same request sent twice at once: the first registration is the answer to both.
      const raced = isUniqueViolation(error) && (await this.answered(userId, requestSha256, params.purpose));
      if (raced) return raced;
      throw error;
    }
    return (await this.registry.findOneBy({ id: entry.id }))!;
  }

  /**
   * Registers to a user a certificate another CA issued (the National Certification Authority's,
   * already on the token). Its chain and validity are checked at every use, against the trust
   * store; here its subject must name the user and organization, and its usage gives its purpose.
   */
  /**
   * A certificate of another CA as it would be registered to the user, or the feature's error: not a
   * certificate, neither for signing nor for authentication, someone else's, its key another user's,
   * or registered already.
   */
  async checkExternal(userId: string, certificate: Buffer): Promise<ExternalCertificate> {
    const user = await this.users.get(userId);
    const organization = await this.organizations.get(user.organizationId);
    let parsed: ParsedCertificate;
    try {
      parsed = parseCertificate(certificate);
    } catch (error) {
      if (!(error instanceof CertificateParseError)) throw error;
      throw notAccepted('The data is not an X.509 certificate.');
    }
    const purpose = parsed.extendedKeyUsages.includes(EKU.signing)
      ? 'SIGNING'
      : parsed.extendedKeyUsages.includes(EKU.clientAuthentication)
        ? 'AUTHENTICATION'
        : undefined;
    if (!purpose || parsed.isCertificateAuthority) {
      throw notAccepted('The certificate is neither for signing nor for authentication.');
    }
    const mismatch = subjectMismatch(parsed, user, organization);
    if (mismatch) {
      throw new FeatureError(Code.SUBJECT_MISMATCH, mismatch, {
        field: 'certificate',
      });
    }
    const holder = await this.registry.findOne({
      where: { publicKeySha256: publicKeySha256(parsed.publicKey) },
      select: { userId: true },
    });
    if (holder && holder.userId !== userId) {
      throw new FeatureError(Code.REQUEST_KEY_IN_USE, 'This key is registered to another user.');
    }
    if (await this.registry.existsBy({ fingerprint: parsed.fingerprint }))
      throw new FeatureError(Code.ALREADY_REGISTERED, 'The certificate is already registered.', {
        field: 'certificate',
      });
    return { parsed, purpose, organizationId: organization.id };
  }

  /**
   * Registers a certificate of another CA to the user: ACTIVE when a manager's change registers it
   * (in its transaction, `db`), PENDING until a registration has it on the token.
   */
  async registerExternal(
    userId: string,
    certificate: Buffer,
    as: { status: 'ACTIVE' | 'PENDING'; registrationId: string | null } = {
      status: 'ACTIVE',
      registrationId: null,
    },
    db: EntityManager = this.registry.manager,
  ): Promise<UserCertificate> {
    if (as.registrationId) {
      const earlier = await db.findOneBy(UserCertificate, {
        registrationId: as.registrationId,
        purpose: 'SIGNING',
      });
      if (earlier) return earlier;
    }
    const { parsed, purpose, organizationId } = await this.checkExternal(userId, certificate);
    const entry = registration(parsed, {
      userId,
      organizationId,
      purpose,
      source: 'EXTERNAL',
      requestSha256: null,
      ...as,
    });
    try {
      await db.insert(UserCertificate, entry);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new FeatureError(Code.ALREADY_REGISTERED, 'The certificate is already registered.');
    }
    return (await db.findOneBy(UserCertificate, { id: entry.id }))!;
  }

  async listForUser(userId: string): Promise<UserCertificate[]> {
    await this.users.get(userId);
    return this.registry.find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** The registry entry a signature's certificate has; a pending one is not registered yet. */
  findByFingerprint(fingerprint: string): Promise<UserCertificate | null> {
    return this.registry.findOneBy({ fingerprint, status: In(['ACTIVE', 'REVOKED']) });
  }

  /**
   * The registration's certificates are on the token: each becomes the user's active one for its
   * purpose, and the one it replaces is revoked as superseded, in one transaction. Repeating it
   * changes nothing.
   */
  async activateRegistration(registrationId: string): Promise<UserCertificate[]> {
    const superseded = await this.registry.manager.transaction(async (tx) => {
      const pending = await tx.find(UserCertificate, {
        where: { registrationId, status: 'PENDING' },
        lock: { mode: 'pessimistic_write' },
      });
      const replaced: UserCertificate[] = [];
      for (const entry of pending) {
        const previous = await tx.find(UserCertificate, {
          where: { userId: entry.userId, purpose: entry.purpose, status: 'ACTIVE' },
          lock: { mode: 'pessimistic_write' },
        });
        for (const old of previous) {
          await tx.update(
            UserCertificate,
            { id: old.id },
            {
              status: 'REVOKED',
              revokedAt: new Date(),
              revocationReason: 'SUPERSEDED',
              revokedBy: `registration:${registrationId}`,
            },
          );
          replaced.push((await tx.findOneBy(UserCertificate, { id: old.id }))!);
        }
        await tx.update(UserCertificate, { id: entry.id }, { status: 'ACTIVE' });
      }
      return replaced;
    });
    await this.publishRevocations(superseded);
    return superseded;
  }

  /** What was issued for a registration that will not finish is revoked (it may never be used). */
  async discardRegistration(registrationId: string): Promise<void> {
    const pending = await this.registry.findBy({ registrationId, status: 'PENDING' });
    for (const entry of pending) {
      await this.registry.update(
        { id: entry.id, status: 'PENDING' },
        {
          status: 'REVOKED',
          revokedAt: new Date(),
          revocationReason: 'CESSATION_OF_OPERATION',
          revokedBy: `registration:${registrationId}`,
        },
      );
    }
    await this.publishRevocations(await this.registry.findBy({ id: In(pending.map((entry) => entry.id)) }));
  }

  /**
   * Revokes every active certificate of the user (a reissue: the token is about to be formatted) and
   * answers the serial numbers revoked by `revokedBy`, so a repeat answers the same.
   */
  async revokeAllActive(userId: string, reason: RevocationReason, revokedBy: string): Promise<string[]> {
    await this.registry.update(
      { userId, status: 'ACTIVE' },
      { status: 'REVOKED', revokedAt: new Date(), revocationReason: reason, revokedBy },
    );
    const revoked = await this.registry.find({ where: { userId, revokedBy }, order: { createdAt: 'ASC' } });
    await this.publishRevocations(revoked);
    return revoked.map((entry) => entry.serialNumber);
  }

  /** The internal CA lists its revoked certificates in a new CRL (idempotent on its side). */
  private async publishRevocations(entries: UserCertificate[]): Promise<void> {
    for (const entry of entries) {
      if (entry.source !== 'INTERNAL_CA' || !entry.revokedAt || !entry.revocationReason) continue;
      await this.ca.revoke({
        serialNumber: entry.serialNumber,
        revokedAt: entry.revokedAt,
        reason: entry.revocationReason,
      });
    }
  }

  /** The bank stops accepting the certificate at once; the internal CA also lists it in a new CRL. */
  async revoke(certificateId: string, reason: RevocationReason, revokedBy: string): Promise<UserCertificate> {
    const { affected } = await this.registry.update(
      { id: certificateId, status: In(['ACTIVE', 'PENDING']) },
      { status: 'REVOKED', revokedAt: new Date(), revocationReason: reason, revokedBy },
    );
    const entry = await this.registry.findOneBy({ id: certificateId });
    if (!entry) {
      throw new FeatureError(Code.NOT_FOUND, 'No such certificate.', { field: 'id' });
    }
    if (!affected) {
      throw new FeatureError(Code.ALREADY_REVOKED, 'The certificate is already revoked.');
    }
    await this.publishRevocations([entry]);
    return entry;
  }

  private async answered(
    userId: string,
    requestSha256: string,
    purpose: CertificatePurpose,
  ): Promise<UserCertificate | null> {
    const earlier = await this.registry.findOneBy({ userId, requestSha256 });
    if (earlier && earlier.purpose !== purpose) {
      throw new FeatureError(
        Code.REQUEST_ALREADY_USED,
        `This request was already answered with a ${earlier.purpose} certificate.`,
        { field: 'certificationRequest' },
      );
    }
    return earlier;
  }
}

function registration(
  certificate: ParsedCertificate,
  owner: Pick<
    UserCertificate,
    'userId' | 'organizationId' | 'purpose' | 'requestSha256' | 'status' | 'registrationId'
  > & {
    source: CertificateSource;
  },
): UserCertificate {
  return Object.assign(new UserCertificate(), {
    id: randomUUID(),
    ...owner,
    serialNumber: certificate.serialNumber,
    subject: certificate.subject,
    issuer: certificate.issuer,
    authorityKeyId: certificate.authorityKeyId,
    fingerprint: certificate.fingerprint,
    publicKeySha256: publicKeySha256(certificate.publicKey),
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    revokedAt: null,
    revocationReason: null,
    revokedBy: null,
    certificateDer: certificate.der,
  });
}

function notAccepted(message: string): FeatureError {
  return new FeatureError(Code.CERTIFICATE_NOT_ACCEPTED, message, {
    field: 'certificate',
  });
}

/** A certificate sent as base64 DER or PEM. */
export function certificateBytes(text: string): Buffer {
  return derOf(text, 'certificate');
}

/** DER from base64 or PEM. */
function derOf(text: string, field: 'certificationRequest' | 'certificate'): Buffer {
  const trimmed = text.trim();
  const refused = () =>
    field === 'certificate' ? notAccepted('The certificate is not base64 DER or PEM.') : malformed();
  if (trimmed.startsWith('-----BEGIN')) {
    try {
      return Buffer.from(x509.PemConverter.decodeFirst(trimmed));
    } catch {
      throw refused();
    }
  }
  if (!/^[A-Za-z0-9+/\s]+={0,2}$/.test(trimmed)) throw refused();
  return Buffer.from(trimmed, 'base64');
}

/** The request's public key (DER SubjectPublicKeyInfo), once its signature proves possession of the key. */
async function verifiedRequestKey(der: Buffer): Promise<KeyObject> {
  let request: x509.Pkcs10CertificateRequest;
  try {
    request = new x509.Pkcs10CertificateRequest(bufferSource(der));
  } catch {
    throw malformed();
  }
  const verified = await request.verify().catch(() => false);
  if (!verified) {
    throw new FeatureError(
      Code.REQUEST_SIGNATURE_INVALID,
      'The request is not signed by the key it carries.',
      { field: 'certificationRequest' },
    );
  }
  const key = publicKeyOf(Buffer.from(request.publicKey.rawData));
  if (key?.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
    throw new FeatureError(
      Code.REQUEST_KEY_NOT_ALLOWED,
      `The key must be RSA of at least ${MIN_RSA_BITS} bits.`,
      { field: 'certificationRequest' },
    );
  }
  return key;
}

/** Undefined for a key OpenSSL does not know. */
function publicKeyOf(spki: Buffer): KeyObject | undefined {
  try {
    return createPublicKey({ key: spki, format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

function malformed(): FeatureError {
  return new FeatureError(
    Code.REQUEST_MALFORMED,
    'The certification request is not a PKCS#10 request in base64 DER or PEM.',
    { field: 'certificationRequest' },
  );
}
