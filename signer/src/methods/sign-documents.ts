import { prepareCmsSignature } from '../crypto/cms-signature.js';
import { toSignerCertificate } from '../crypto/certificate-details.js';
import { profileForPublicKey } from '../crypto/signing-profile.js';
import type { Locale } from '../pin/pin-prompt-texts.js';
import { entryField, withPinEntry } from '../pin/with-pin-entry.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from './agent-services.js';
import { type CertificateFilter, selectCertificate } from './certificate-selection.js';
import { findKeyPair, readCertificates } from './token-objects.js';

export interface SignDocumentsRequest {
  /** The documents (or their digests when `digested`), one CMS each. */
  documents: Buffer[];
  digested: boolean;
  encapsulate: boolean;
  filter: CertificateFilter;
  locale: Locale;
}

/**
 * Signs a batch of documents with one PIN entry: the certificate is chosen first (no PIN needed to
 * read certificates), then the prompt asks once, and one login signs every document.
 */
export async function signDocuments(
  services: AgentServices,
  request: SignDocumentsRequest,
  context: RequestContext,
): Promise<Buffer[]> {
  const { tokens, prompts } = services;
  const chosen = selectCertificate(await readCertificates(tokens), request.filter, new Date());
  const profile = profileForPublicKey(chosen.certificate.publicKeyInfo);
  if (!profile) {
    throw new AgentError(
      AgentErrorCode.UNSUPPORTED_ALGORITHM,
      "The certificate's key algorithm is not supported by this agent.",
    );
  }
  if (request.digested && request.documents.some((digest) => digest.length !== profile.digestLength)) {
    throw new AgentError(
      AgentErrorCode.INVALID_SIGNING_PARAMS,
      `A pre-computed digest must have ${profile.digestLength} bytes for ${profile.id}.`,
    );
  }
  const pinState = tokens.pinState(chosen.slotId, 'user');
  if (pinState.locked) throw new AgentError(AgentErrorCode.PIN_LOCKED, 'The PIN is locked on the token.');
  const certificate = toSignerCertificate(chosen.certificate);

  return withPinEntry(
    prompts,
    {
      token: { slotId: chosen.slotId, label: chosen.tokenLabel },
      operation: { kind: 'sign', documents: request.documents.length },
      pinState,
      locale: request.locale,
    },
    context,
    (entry, accepted) =>
      tokens.withSession(
        chosen.slotId,
        { login: { userType: 'user', pin: entryField(entry, 'pin'), onLoggedIn: accepted } },
        async (session) => {
          const { privateKey } = findKeyPair(session, chosen.keyId);
          const prepare = (content: Buffer) =>
            prepareCmsSignature({
              content,
              digested: request.digested,
              encapsulate: request.encapsulate,
              certificate,
              profile,
              signingTime: new Date(),
            });
          // A pipeline: while the token signs document n (on a worker thread), this thread wraps
          // the signature of document n-1 into its CMS and prepares document n+1.
          const signatures: Buffer[] = [];
          let finishPrevious = () => {};
          let next = prepare(request.documents[0]!);
          for (let n = 0; n < request.documents.length; n++) {
            const current = next;
            const signing = session.sign(profile.signMechanism, privateKey, current.toBeSigned);
            // Awaited below; marked handled now in case wrapping the previous signature throws first.
            signing.catch(() => undefined);
            finishPrevious();
            if (n + 1 < request.documents.length) next = prepare(request.documents[n + 1]!);
            const signature = await signing;
            finishPrevious = () => signatures.push(current.finish(signature));
          }
          finishPrevious();
          return signatures;
        },
      ),
  );
}
