import { sign } from 'node:crypto';
import { entryField, withPinEntry } from '../pin/with-pin-entry.js';
import type { PinState } from '../pkcs11/pin-state.js';
import { AgentError, AgentErrorCode, isAgentError } from '../protocol/agent-error-code.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from '../methods/agent-services.js';
import { certificateCandidates, type CertificateFilter } from '../methods/certificate-selection.js';
import type { SignDocumentsRequest } from '../methods/sign-documents.js';
import { signerFor } from '../methods/signature-formats.js';
import type { PromptOperation } from '../pin/prompt-operation.js';
import type { Locale } from '../pin/pin-prompt-texts.js';
import type { StoredCertificate } from '../methods/token-objects.js';
import { type FileKey, openPkcs12 } from './pkcs12-file.js';

/** A file counts no wrong passwords: the prompt shows no counter. */
const NO_COUNTER: PinState = { countLow: false, finalTry: false, locked: false };

/** The key file the user picks on the agent's page, opened with its password, whose certificate fits `filter`. */
export function withKeyFile<T>(
  services: AgentServices,
  request: { operation: PromptOperation; filter: CertificateFilter; locale: Locale },
  context: RequestContext,
  use: (key: FileKey, accepted: () => void) => Promise<T>,
): Promise<T> {
  return withPinEntry(
    services.prompts,
    {
      token: { slotId: 'file', label: 'PKCS#12' },
      keyFile: true,
      operation: request.operation,
      pinState: NO_COUNTER,
      locale: request.locale,
    },
    context,
    (entry, accepted) => {
      if (!entry.keyFile)
        throw new AgentError(AgentErrorCode.KEY_FILE_INVALID, 'The prompt sent no key file.');
      const keys = openPkcs12(entry.keyFile, entryField(entry, 'password'));
      return use(suitableKey(keys, request.filter), accepted);
    },
  );
}

/** The file's key whose certificate fits; a file that has none is refused so the user can pick another. */
function suitableKey(keys: FileKey[], filter: CertificateFilter): FileKey {
  const stored: StoredCertificate[] = keys.map((key, index) => ({
    slotId: 'file',
    tokenLabel: 'PKCS#12',
    keyId: String(index),
    label: '',
    certificate: key.certificate,
  }));
  try {
    const [chosen] = certificateCandidates(stored, filter, new Date());
    return keys[Number(chosen!.keyId)]!;
  } catch (error) {
    if (!isAgentError(error, AgentErrorCode.CERTIFICATE_NOT_FOUND, AgentErrorCode.CERTIFICATE_EXPIRED))
      throw error;
    throw new AgentError(AgentErrorCode.KEY_FILE_NOT_SUITABLE, error.message);
  }
}

/** A batch signed with a key from a file: one file and password for the whole batch, as with a token's PIN. */
export function signWithKeyFile(
  services: AgentServices,
  request: SignDocumentsRequest,
  context: RequestContext,
): Promise<Buffer[]> {
  const operation = { kind: 'sign', documents: request.documents.length } as const;
  return withKeyFile(services, { ...request, operation }, context, (key, accepted) => {
    const signer = signerFor(key.certificate, request);
    accepted();
    return Promise.resolve(
      request.documents.map((document) => {
        const pending = request.format.prepare(document, signer);
        return pending.finish(sign(signer.profile.fileKeyDigest, pending.toBeSigned, key.privateKey));
      }),
    );
  });
}
