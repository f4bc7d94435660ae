import type pkcs11js from 'pkcs11js';
import type { PendingSignature } from '../crypto/pending-signature.js';
import type { TokenSession } from '../pkcs11/token-session.js';
import type { Locale } from '../pin/pin-prompt-texts.js';
import type { PinEntry } from '../pin/prompt-operation.js';
import { entryField, withPinEntry } from '../pin/with-pin-entry.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from './agent-services.js';
import { certificateCandidates, type CertificateFilter } from './certificate-selection.js';
import { toCertificateChoice } from './certificate-choice.js';
import { type ChosenSigner, type SignatureFormat, signerFor } from './signature-formats.js';
import { readCertificates, type StoredCertificate, targetTokens, withPrivateKey } from './token-objects.js';
import { keyStoreFor } from './storages.js';
import { signWithKeyFile } from '../file-keys/sign-with-key-file.js';

/**
 * Signatures asked of the token before the oldest is awaited: enough that it keeps signing through
 * a pause of this thread (a garbage collection, a large reply being written).
 */
const SIGNATURES_AHEAD = 16;

export interface SignDocumentsRequest {
  /** The documents (for a CMS over digests: the digests), one signature each. */
  documents: Buffer[];
  /** The stores the page allows (the national agent's names); none named: any. */
  storages?: readonly string[] | null;
  format: SignatureFormat;
  filter: CertificateFilter;
  locale: Locale;
}

/**
 * Signs a batch of documents with one PIN entry: the certificates that fit are found first (no PIN
 * needed to read certificates); when several do, the PIN page lists them and the user picks one;
 * then one login signs every document, in the request's format. Without a token, where the page
 * allows key files, the user picks the file on the same page (signWithKeyFile).
 */
export async function signDocuments(
  services: AgentServices,
  request: SignDocumentsRequest,
  context: RequestContext,
): Promise<Buffer[]> {
  const { tokens, prompts } = services;
  request.format.precheck(request.documents);
  if (keyStoreFor(request.storages, () => targetTokens(tokens).length > 0) === 'file') {
    return signWithKeyFile(services, request, context);
  }
  const candidates = certificateCandidates(await readCertificates(tokens), request.filter, new Date());
  const signers = candidates.map((stored) => signerFor(stored.certificate, request));
  if (candidates.every((stored) => tokens.pinState(stored.slotId, 'user').locked)) {
    throw new AgentError(AgentErrorCode.PIN_LOCKED, 'The PIN is locked on the token.');
  }
  const first = candidates[0]!;

  return withPinEntry(
    prompts,
    {
      token: { slotId: first.slotId, label: first.tokenLabel },
      operation: { kind: 'sign', documents: request.documents.length },
      pinState: tokens.pinState(first.slotId, 'user'),
      locale: request.locale,
      ...(candidates.length > 1 ? { choices: candidates.map(toCertificateChoice) } : {}),
    },
    context,
    (entry, accepted) => {
      const choice = entry.choice ?? 0;
      return signWith(candidates[choice]!, signers[choice]!, entry, accepted);
    },
  );

  function signWith(
    chosen: StoredCertificate,
    signer: ChosenSigner,
    entry: PinEntry,
    accepted: () => void,
  ): Promise<Buffer[]> {
    return tokens.withSession(
      chosen.slotId,
      { login: { userType: 'user', pin: entryField(entry, 'pin'), onLoggedIn: accepted } },
      (session) =>
        withPrivateKey(session, chosen.keyId, (privateKey) => signEach(session, privateKey, request, signer)),
    );
  }
}

/**
 * A pipeline: the token signs the documents one after another on the signing thread, a few
 * requests ahead, while this thread prepares the next ones and puts each signature in place (its
 * CMS, its XML) as it arrives.
 */
async function signEach(
  session: TokenSession,
  privateKey: pkcs11js.Handle,
  request: SignDocumentsRequest,
  signer: ChosenSigner,
): Promise<Buffer[]> {
  const signatures: Buffer[] = [];
  const underWay: { pending: PendingSignature; signing: Promise<Buffer> }[] = [];
  const wrapOldest = async () => {
    const { pending, signing } = underWay.shift()!;
    signatures.push(pending.finish(await signing));
  };
  try {
    for (const document of request.documents) {
      const pending = request.format.prepare(document, signer);
      const signing = session.sign(signer.profile.signMechanism, privateKey, pending.toBeSigned);
      // Awaited in turn; marked handled now in case an earlier one fails first.
      signing.catch(() => undefined);
      underWay.push({ pending, signing });
      if (underWay.length > SIGNATURES_AHEAD) await wrapOldest();
    }
    while (underWay.length > 0) await wrapOldest();
  } catch (error) {
    // The session is searched again, or logged out and closed, next: not while the thread still
    // uses it.
    await Promise.allSettled(underWay.map(({ signing }) => signing));
    throw error;
  }
  return signatures;
}
