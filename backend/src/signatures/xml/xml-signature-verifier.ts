import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import type { CertificatePurpose } from '../../certificates/certificate-purpose.js';
import {
  CertificateParseError,
  parseCertificate,
  type ParsedCertificate,
  toPem,
} from '../../common/pki/parsed-certificate.js';
import type { CertificateChain } from '../cms/certificate-chain.js';
import type { TrustAnchors } from '../cms/trust-anchors.js';
import { type EdsCheck, EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import { checkSignerCertificate, type PassedCheck } from '../signer-certificate-checks.js';

const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
/** Exclusive (what this platform's agent makes) and inclusive (what the national agent makes), without comments. */
const CANONICALIZATIONS = [
  'http://www.w3.org/2001/10/xml-exc-c14n#',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
];
/** RSA with SHA-256, as for a CMS (signature-algorithms.ts); SHA-1 and the rest are refused. */
const SIGNATURE_METHOD = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const DIGEST_METHOD = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const XML_ALGORITHM_NAME = 'XMLDSig RSASSA-PKCS1-v1_5 with SHA-256';

export interface XmlVerificationInput {
  xml: string;
  /** Whether the signed document (signature left out) is the one expected: a log-in's, say. */
  isExpected: (signedRoot: Element) => boolean;
  purpose: CertificatePurpose;
  trust: TrustAnchors;
  now: Date;
}

export interface VerifiedXml {
  verifiedAt: Date;
  signer: ParsedCertificate;
  chain: CertificateChain;
  /** SHA-256 (hex) of the signed document as canonicalized for its signature. */
  signedDocumentSha256: string;
  checks: PassedCheck[];
}

const malformed = (message: string) => new EdsRefusal(EdsErrorCode.XML_MALFORMED, 'XML_STRUCTURE', message);

/**
 * An enveloped XMLDSig signature (as the national agent's `signXml` makes) checked as strictly as
 * a CMS: one signature, a child of the root, over the whole document (`URI=""`), RSA-SHA256; the
 * document's digest and the signature by xml-crypto with the certificate from KeyInfo; then the
 * same certificate checks as a CMS's (no signing time: XMLDSig carries none). What the caller
 * reads is the canonical form xml-crypto verified, never the text it was sent, so nothing unsigned
 * (a second element, a comment) can pass for signed.
 */
export function verifyXmlSignature(input: XmlVerificationInput): VerifiedXml {
  const checks: PassedCheck[] = [];
  const pass = (check: EdsCheck, detail: string) => checks.push({ check, outcome: 'PASSED', detail });

  const document = readStrictly(input.xml);
  const signatures = Array.from(document.getElementsByTagNameNS(DSIG, 'Signature'));
  const signature = signatures[0];
  if (signatures.length !== 1 || signature!.parentNode !== document.documentElement) {
    throw malformed('The document must carry one signature, a child of its root element.');
  }
  const certificates = Array.from(signature!.getElementsByTagNameNS(DSIG, 'X509Certificate')).map((element) =>
    readCertificate(element.textContent ?? ''),
  );
  const signer = certificates[0];
  if (!signer) throw malformed("The signature's KeyInfo holds no X509Certificate.");

  // The key is the certificate read here, never one xml-crypto would fetch from KeyInfo itself.
  const verifier = new SignedXml({ publicCert: toPem(signer.der), getCertFromKeyInfo: () => null });
  try {
    verifier.loadSignature(signature!);
  } catch (error) {
    throw malformed(`The signature cannot be read: ${(error as Error).message}`);
  }
  checkAlgorithms(verifier);
  pass('XML_STRUCTURE', `one enveloped signature over the whole document, ${XML_ALGORITHM_NAME}`);

  let referencesHold: boolean;
  try {
    referencesHold = verifier.checkSignature(input.xml);
  } catch {
    throw new EdsRefusal(
      EdsErrorCode.SIGNATURE_INVALID,
      'SIGNATURE',
      "The signature does not verify with the signer certificate's key.",
    );
  }
  const [signedDocument] = verifier.getSignedReferences();
  if (!referencesHold || signedDocument === undefined) {
    throw new EdsRefusal(
      EdsErrorCode.DIGEST_MISMATCH,
      'MESSAGE_DIGEST',
      'The document was changed after it was signed.',
    );
  }
  if (!input.isExpected(readStrictly(signedDocument).documentElement)) {
    throw new EdsRefusal(
      EdsErrorCode.DIGEST_MISMATCH,
      'MESSAGE_DIGEST',
      'The signed document is not the one expected here.',
    );
  }
  const signedDocumentSha256 = createHash('sha256').update(signedDocument).digest('hex');
  pass(
    'MESSAGE_DIGEST',
    `the document's digest holds (canonical SHA-256 ${signedDocumentSha256}) and it is the one expected`,
  );
  pass('SIGNATURE', "the SignedInfo verifies with the signer certificate's public key");

  const chain = checkSignerCertificate(
    {
      signer,
      carried: certificates.slice(1),
      trust: input.trust,
      purpose: input.purpose,
      now: input.now,
      cache: true,
    },
    pass,
  );
  return { verifiedAt: input.now, signer, chain, signedDocumentSha256, checks };
}

function checkAlgorithms(verifier: SignedXml): void {
  const references = verifier.getReferences();
  const reference = references[0];
  if (references.length !== 1 || reference!.uri !== '') {
    throw malformed('The signature must have one reference, to the whole document (URI="").');
  }
  const unsupported = [
    verifier.signatureAlgorithm === SIGNATURE_METHOD ? undefined : verifier.signatureAlgorithm,
    reference!.digestAlgorithm === DIGEST_METHOD ? undefined : reference!.digestAlgorithm,
    CANONICALIZATIONS.includes(verifier.canonicalizationAlgorithm ?? '')
      ? undefined
      : verifier.canonicalizationAlgorithm,
  ].filter((algorithm) => algorithm !== undefined);
  if (unsupported.length > 0) {
    throw new EdsRefusal(
      EdsErrorCode.UNSUPPORTED_ALGORITHM,
      'XML_STRUCTURE',
      `The algorithms ${unsupported.join(', ')} are not accepted.`,
    );
  }
  const transforms = reference!.transforms;
  if (
    !transforms.includes(ENVELOPED) ||
    !transforms.every((t) => t === ENVELOPED || CANONICALIZATIONS.includes(t))
  ) {
    throw malformed('The reference may only take the signature out and canonicalize (enveloped, c14n).');
  }
}

/** Strict: xmldom repairs what it cannot read (an unclosed element is only a warning), and a DTD could declare entities. */
function readStrictly(xml: string): Document {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  const document =
    xml.trim() === ''
      ? undefined
      : new DOMParser({
          errorHandler: { warning: report, error: report, fatalError: report },
        }).parseFromString(xml, 'text/xml');
  if (document?.doctype) throw malformed('An XML document with a DTD is not accepted.');
  if (!document?.documentElement || problems.length > 0) throw malformed('The XML is not well-formed.');
  return document;
}

function readCertificate(base64: string): ParsedCertificate {
  try {
    return parseCertificate(Buffer.from(base64.replace(/\s+/g, ''), 'base64'));
  } catch (error) {
    if (!(error instanceof CertificateParseError)) throw error;
    throw malformed("A certificate in the signature's KeyInfo cannot be read.");
  }
}
