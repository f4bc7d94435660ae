import { Injectable } from '@nestjs/common';
import type { ClientIdentity } from '../access/identity.js';
import type { CertificatePurpose } from '../certificates/certificate-purpose.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import type { UserCertificate } from '../certificates/user-certificate.entity.js';
import { AppConfig } from '../config/app-config.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { subjectMismatch } from '../certificates/subject-match.js';
import { cmsBase64 } from './cms/cms-armour.js';
import { type VerifiedCms, verifyCms } from './cms/cms-verifier.js';
import type { CertificateChain } from './cms/certificate-chain.js';
import type { ParsedCertificate } from '../common/pki/parsed-certificate.js';
import type { PassedCheck } from './signer-certificate-checks.js';
import { XML_ALGORITHM_NAME, verifyXmlSignature } from './xml/xml-signature-verifier.js';
import { EdsErrorCode, EdsRefusal } from './eds-error-code.js';
import { TrustStore } from './trust-store.js';
import { REPORT_FORMAT, summarize, type VerificationReport } from './verification-report.js';

/** A CMS in base64 is a few kilobytes; this bounds the work a request can ask for. */
export const MAX_CMS_BASE64_LENGTH = 64 * 1024;
/** A signed log-in document: its certificate in base64 and the signature, a few kilobytes. */
export const MAX_SIGNED_XML_LENGTH = 64 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** What signed a log-in: a CMS over the nonce, or the XML log-in document carrying it. */
export type AuthenticationEvidence = { cms: string } | { xml: string };

/** A signature that passed every check needing no database, whatever its format. */
interface VerifiedEvidence {
  verifiedAt: Date;
  signer: ParsedCertificate;
  chain: CertificateChain;
  /** A CMS's signing-time; an XML signature carries none. */
  signingTime?: Date;
  contentSha256: string;
  algorithm: string;
  checks: PassedCheck[];
}

export interface VerifiedSigner {
  user: ClientUser;
  organization: Organization;
  report: VerificationReport;
}

/**
 * The whole verification of an EDS: the CMS checks that need no database (verifyCms), then the
 * registry's — not revoked, the subject's IIN and BIN are the user's and organization's, and the
 * certificate is registered to that user for that purpose. Throws an EdsRefusal on the first failure.
 */
@Injectable()
export class EdsVerificationService {
  constructor(
    private readonly trust: TrustStore,
    private readonly certificates: CertificatesService,
    private readonly users: ClientUsersService,
    private readonly organizations: OrganizationsService,
    private readonly config: AppConfig,
  ) {}

  /** A document signature: the CMS over the content, by the caller. */
  async verifySignature(input: {
    cms: string;
    content: Buffer;
    signer: ClientIdentity;
  }): Promise<VerifiedSigner> {
    const verified = fromCms(await this.verifyCms(input.cms, input.content, 'SIGNING'));
    const [registration, user] = await Promise.all([
      this.certificates.findByFingerprint(verified.signer.fingerprint),
      this.users.ofCaller(input.signer),
    ]);
    checkRevocation(verified, registration);
    const organization = await this.organizations.get(user.organizationId);
    checkSubject(verified, user, organization);
    checkRegistration(verified, registration, user, 'SIGNING');
    return { user, organization, report: this.report(verified, registration!, user, 'SIGNING') };
  }

  /**
   * A log-in: the CMS over the nonce, or the log-in document `<login><nonce>…</nonce></login>`
   * signed as XML; by whoever the authentication certificate is registered to.
   */
  async verifyAuthentication(input: {
    evidence: AuthenticationEvidence;
    nonce: Buffer;
  }): Promise<VerifiedSigner> {
    const { evidence, nonce } = input;
    const verified =
      'cms' in evidence
        ? fromCms(await this.verifyCms(evidence.cms, nonce, 'AUTHENTICATION'))
        : await this.verifyLoginXml(evidence.xml, nonce);
    const registration = await this.certificates.findByFingerprint(verified.signer.fingerprint);
    checkRevocation(verified, registration);
    if (!registration) throw notRegistered();
    const user = await this.users.get(registration.userId);
    const organization = await this.organizations.get(user.organizationId);
    checkSubject(verified, user, organization);
    checkRegistration(verified, registration, user, 'AUTHENTICATION');
    return { user, organization, report: this.report(verified, registration, user, 'AUTHENTICATION') };
  }

  private async verifyCms(cms: string, content: Buffer, purpose: CertificatePurpose): Promise<VerifiedCms> {
    const compact = cmsBase64(cms);
    if (compact.length === 0 || compact.length > MAX_CMS_BASE64_LENGTH || !BASE64.test(compact)) {
      throw new EdsRefusal(
        EdsErrorCode.CMS_MALFORMED,
        'CMS_STRUCTURE',
        'The CMS is not base64 (bare or in PEM armour) of a few kilobytes.',
      );
    }
    return verifyCms({
      cms: Buffer.from(compact, 'base64'),
      content,
      purpose,
      trust: await this.trust.current(),
      now: new Date(),
      clockSkewMs: this.config.pki.eds.clockSkewSeconds * 1000,
    });
  }

  private async verifyLoginXml(xml: string, nonce: Buffer): Promise<VerifiedEvidence> {
    const verified = verifyXmlSignature({
      xml,
      isExpected: isLoginDocumentFor(nonce.toString('base64')),
      purpose: 'AUTHENTICATION',
      trust: await this.trust.current(),
      now: new Date(),
    });
    return { ...verified, contentSha256: verified.signedDocumentSha256, algorithm: XML_ALGORITHM_NAME };
  }

  private report(
    verified: VerifiedEvidence,
    registration: UserCertificate,
    user: ClientUser,
    purpose: CertificatePurpose,
  ): VerificationReport {
    const { signer, chain } = verified;
    return {
      format: REPORT_FORMAT,
      outcome: 'VALID',
      purpose,
      verifiedAt: verified.verifiedAt.toISOString(),
      ...(verified.signingTime ? { signingTime: verified.signingTime.toISOString() } : {}),
      contentSha256: verified.contentSha256,
      algorithm: verified.algorithm,
      signer: { userId: user.id, organizationId: user.organizationId, iin: signer.iin!, bin: signer.bin },
      certificate: { ...summarize(signer), registrationId: registration.id, purpose: registration.purpose },
      chain: chain.path.slice(1).map(summarize),
      trustAnchor: {
        subject: chain.anchor.certificate.subject,
        fingerprintSha256: chain.anchor.certificate.fingerprint,
        source: chain.anchor.source,
      },
      checks: [...verified.checks],
    };
  }
}

function fromCms(verified: VerifiedCms): VerifiedEvidence {
  return { ...verified, contentSha256: verified.messageDigest, algorithm: verified.algorithm.name };
}

/** The log-in document: `<login>` holding one `<nonce>` with this nonce, nothing else. */
function isLoginDocumentFor(nonce: string): (root: Element) => boolean {
  return (root) => {
    const children = Array.from(root.childNodes).filter(
      (node) => node.nodeType !== node.TEXT_NODE || node.textContent?.trim(),
    );
    const [only] = children;
    return (
      root.localName === 'login' &&
      !root.namespaceURI &&
      children.length === 1 &&
      only?.nodeType === only?.ELEMENT_NODE &&
      (only as Element).localName === 'nonce' &&
      only?.textContent === nonce
    );
  };
}

function checkRevocation(verified: VerifiedEvidence, registration: UserCertificate | null): void {
  if (registration?.status === 'REVOKED') {
    throw new EdsRefusal(
      EdsErrorCode.CERT_REVOKED,
      'REVOCATION',
      `The certificate was revoked at ${registration.revokedAt?.toISOString()}.`,
    );
  }
  if (registration) {
    verified.checks.push({
      check: 'REVOCATION',
      outcome: 'PASSED',
      detail:
        registration.source === 'INTERNAL_CA'
          ? "not revoked in the registry, the internal CA's CRL source"
          : 'not revoked in the registry',
    });
  }
}

function checkSubject(verified: VerifiedEvidence, user: ClientUser, organization: Organization): void {
  const mismatch = subjectMismatch(verified.signer, user, organization);
  if (mismatch) throw new EdsRefusal(EdsErrorCode.SUBJECT_MISMATCH, 'SUBJECT', mismatch);
  verified.checks.push({
    check: 'SUBJECT',
    outcome: 'PASSED',
    detail: `IIN ${user.iin} is the user's, BIN ${verified.signer.bin ?? '(none)'} the organization's`,
  });
}

function checkRegistration(
  verified: VerifiedEvidence,
  registration: UserCertificate | null,
  user: ClientUser,
  purpose: CertificatePurpose,
): void {
  if (!registration || registration.userId !== user.id || registration.purpose !== purpose) {
    throw notRegistered();
  }
  verified.checks.push({
    check: 'REGISTRATION',
    outcome: 'PASSED',
    detail: `registered to the user for ${purpose} (registration ${registration.id})`,
  });
}

function notRegistered(): EdsRefusal {
  return new EdsRefusal(
    EdsErrorCode.CERT_NOT_REGISTERED,
    'REGISTRATION',
    'The certificate is not registered with the bank to this user for this purpose.',
  );
}
