import { z } from 'zod';
import { EKU } from '../crypto/certificate-details.js';
import { profileForPublicKey } from '../crypto/signing-profile.js';
import { toLocale } from '../pin/pin-prompt-texts.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { Dispatcher } from '../protocol/dispatcher.js';
import { COMMON_UTILS_MODULE } from '../protocol/messages.js';
import { parseArgs } from '../protocol/parse-args.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from './agent-services.js';
import { documentBytes, flag } from './basics-methods.js';
import { type CertificateFilter, selectCertificate } from './certificate-selection.js';
import { signDocuments } from './sign-documents.js';
import { TOKEN_STORAGE, servesStorage } from './storages.js';
import { readCertificates, targetTokens } from './token-objects.js';

/** The module KAZTOKEN's own desktop agent adds; pages probe for it after the greeting. */
export const KAZTOKEN_EXTENSIONS_MODULE = 'kz.digiflow.mobile.extensions';

const storage = z.string().min(1).max(100);
/** `SIGNATURE` or `AUTHENTICATION`; any other value lets any key of the store sign, as the national agent does. */
const keyType = z.string().max(40);

const KEY_TYPE_USAGES: Readonly<Record<string, string>> = {
  SIGNATURE: EKU.signing,
  AUTHENTICATION: EKU.clientAuthentication,
};

function filterFor(type: string): CertificateFilter {
  const usage = KEY_TYPE_USAGES[type.toUpperCase()];
  return usage ? { extKeyUsageOids: [usage] } : {};
}

function assertServed(storageType: string): void {
  if (!servesStorage(storageType)) {
    throw new AgentError(
      AgentErrorCode.STORAGE_NOT_AVAILABLE,
      `This agent serves hardware tokens (${TOKEN_STORAGE}, PKCS11), not ${storageType}.`,
    );
  }
}

/** CMS (CAdES-BES) over data or over its SHA-256 digest, base64, as `createCAdESFromBase64…` answer it. */
async function cades(
  services: AgentServices,
  context: RequestContext,
  request: { storageType: string; keyType: string; data: string; digested: boolean; encapsulate: boolean },
): Promise<string> {
  assertServed(request.storageType);
  const [signature] = await signDocuments(
    services,
    {
      documents: [documentBytes(request.data, true)],
      digested: request.digested,
      encapsulate: request.encapsulate,
      filter: filterFor(request.keyType),
      locale: toLocale(context.preferences.locale),
    },
    context,
  );
  return signature!.toString('base64');
}

/**
 * The national agent's `kz.gov.pki.knca.commonUtils` methods that pages written for it still call,
 * answered in its `{ code, responseObject }` shape: which stores are connected, the certificate of
 * the key, CAdES over data or its digest, the prompts' language.
 */
export function registerCommonUtilsMethods(dispatcher: Dispatcher, services: AgentServices): void {
  const { tokens } = services;
  const register = (method: string, handler: Parameters<Dispatcher['register']>[2]) =>
    dispatcher.register(COMMON_UTILS_MODULE, method, handler, 'commonUtils');

  register('getActiveTokens', () => Promise.resolve(targetTokens(tokens).length > 0 ? [TOKEN_STORAGE] : []));

  register('getKeyInfo', async (rawArgs) => {
    const [storageType] = parseArgs(z.tuple([storage]).rest(z.unknown()), rawArgs);
    assertServed(storageType);
    const chosen = selectCertificate(await readCertificates(tokens), {}, new Date());
    const { details, x509, der } = chosen.certificate;
    const algorithm = profileForPublicKey(chosen.certificate.publicKeyInfo)?.id.split('-')[0] ?? 'unknown';
    return {
      alias: chosen.keyId,
      keyId: chosen.keyId,
      algorithm,
      subjectCn: x509.subjectName.getField('CN')[0] ?? '',
      subjectDn: details.subject,
      issuerCn: x509.issuerName.getField('CN')[0] ?? '',
      issuerDn: details.issuer,
      serialNumber: details.serialNumber,
      // Milliseconds since 1970, as text: the national agent's way.
      certNotBefore: String(x509.notBefore.getTime()),
      certNotAfter: String(x509.notAfter.getTime()),
      pem: x509.toString('pem'),
      certificate: der.toString('base64'),
    };
  });

  register('createCAdESFromBase64', async (rawArgs, context) => {
    const [storageType, type, data, encapsulate] = parseArgs(
      z.tuple([storage, keyType, z.string(), flag.default(false)]),
      rawArgs,
    );
    return cades(services, context, { storageType, keyType: type, data, digested: false, encapsulate });
  });

  register('createCAdESFromBase64Hash', async (rawArgs, context) => {
    const [storageType, type, hash] = parseArgs(z.tuple([storage, keyType, z.string()]), rawArgs);
    return cades(services, context, {
      storageType,
      keyType: type,
      data: hash,
      digested: true,
      encapsulate: false,
    });
  });

  register('changeLocale', (rawArgs, context) => {
    const [locale] = parseArgs(z.tuple([z.string().max(10)]), rawArgs);
    context.preferences.locale = toLocale(locale);
    return Promise.resolve(undefined);
  });

  // Pages ask whether KAZTOKEN's desktop agent answers them instead of the national agent's; this
  // agent is not it, and says so the way the national agent does for a module it lacks.
  dispatcher.register(
    KAZTOKEN_EXTENSIONS_MODULE,
    'getVersion',
    () =>
      Promise.reject(
        new AgentError(AgentErrorCode.UNKNOWN_METHOD, `${KAZTOKEN_EXTENSIONS_MODULE} is not installed.`),
      ),
    'commonUtils',
  );
}
