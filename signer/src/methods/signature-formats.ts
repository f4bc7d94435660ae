import { prepareCmsSignature } from '../crypto/cms-signature.js';
import { type ParsedCertificate, toSignerCertificate } from '../crypto/certificate-details.js';
import type { PendingSignature } from '../crypto/pending-signature.js';
import { profileForPublicKey, SIGNING_PROFILES, type SigningProfile } from '../crypto/signing-profile.js';
import { prepareXmlSignature, readXmlDocument, XmlDocumentError } from '../crypto/xml-signature.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';

/** The certificate a batch is signed with, and the profile of its key. */
export interface ChosenSigner {
  certificate: ParsedCertificate;
  profile: SigningProfile;
}

/** How each document of a request becomes a signed document: a CMS, or the XML with its signature. */
export interface SignatureFormat {
  /** Refuses what is malformed whatever the key (a key file is known only once the user picks it). */
  precheck(documents: readonly Buffer[]): void;
  /** Refuses what cannot be signed as asked with this key, before the user is asked for a PIN. */
  check(documents: readonly Buffer[], signer: ChosenSigner): void;
  prepare(document: Buffer, signer: ChosenSigner): PendingSignature;
}

/** The certificate with its signing profile, checked against the request before the key is used. */
export function signerFor(
  certificate: ParsedCertificate,
  request: { documents: readonly Buffer[]; format: SignatureFormat },
): ChosenSigner {
  const profile = profileForPublicKey(certificate.publicKeyInfo);
  if (!profile) {
    throw new AgentError(
      AgentErrorCode.UNSUPPORTED_ALGORITHM,
      "The certificate's key algorithm is not supported by this agent.",
    );
  }
  const signer = { certificate, profile };
  request.format.check(request.documents, signer);
  return signer;
}

/** A CMS (CAdES-BES) per document, over the document or over its digest when `digested`. */
export function cmsFormat(options: { digested: boolean; encapsulate: boolean }): SignatureFormat {
  const lengths = new Set(Object.values(SIGNING_PROFILES).map((profile) => profile.digestLength));
  return {
    precheck(documents) {
      if (options.digested && documents.some((digest) => !lengths.has(digest.length))) {
        throw new AgentError(
          AgentErrorCode.INVALID_SIGNING_PARAMS,
          `A pre-computed digest must have ${[...lengths].join(' or ')} bytes.`,
        );
      }
    },
    check(documents, { profile }) {
      if (options.digested && documents.some((digest) => digest.length !== profile.digestLength)) {
        throw new AgentError(
          AgentErrorCode.INVALID_SIGNING_PARAMS,
          `A pre-computed digest must have ${profile.digestLength} bytes for ${profile.id}.`,
        );
      }
    },
    prepare(content, { certificate, profile }) {
      return prepareCmsSignature({
        content,
        digested: options.digested,
        encapsulate: options.encapsulate,
        certificate: toSignerCertificate(certificate),
        profile,
        signingTime: new Date(),
      });
    },
  };
}

/**
 * Each document (UTF-8 XML) with an enveloped XMLDSig signature added: over the whole document, or
 * over the element at `signedElement`; appended to `signatureParent`, else to what is signed.
 */
export function xmlFormat(options: { signedElement?: string; signatureParent?: string }): SignatureFormat {
  const prepare = (document: Buffer, { certificate, profile }: ChosenSigner) =>
    refusedAsParams(() =>
      prepareXmlSignature({
        xml: document.toString('utf8'),
        certificateDer: certificate.der,
        profile,
        ...options,
      }),
    );
  return {
    precheck(documents) {
      for (const document of documents) refusedAsParams(() => readXmlDocument(document.toString('utf8')));
    },
    // Everything xml-crypto could refuse (a malformed document, an XPath that selects nothing) is
    // found by preparing each signature once, before the PIN, and dropping it.
    check(documents, signer) {
      for (const document of documents) prepare(document, signer);
    },
    prepare,
  };
}

function refusedAsParams<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof XmlDocumentError)) throw error;
    throw new AgentError(AgentErrorCode.INVALID_SIGNING_PARAMS, error.message, { field: 'data' });
  }
}
