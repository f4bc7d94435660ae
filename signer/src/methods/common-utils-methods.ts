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
import { documentBytes, flag, MAX_DOCUMENTS } from './basics-methods.js';
import { certificateCandidates, type CertificateFilter } from './certificate-selection.js';
import { toCertificateChoice } from './certificate-choice.js';
import { withPinEntry } from '../pin/with-pin-entry.js';
import { signDocuments } from './sign-documents.js';
import { cmsFormat, type SignatureFormat, xmlFormat } from './signature-formats.js';
import { FILE_STORAGE, TOKEN_STORAGE, servesStorage } from './storages.js';
import { withKeyFile } from '../file-keys/sign-with-key-file.js';
import type { ParsedCertificate } from '../crypto/certificate-details.js';
import { readCertificates, targetTokens } from './token-objects.js';

/** The module KAZTOKEN's own desktop agent adds; pages probe for it after the greeting. */
export const KAZTOKEN_EXTENSIONS_MODULE = 'kz.digiflow.mobile.extensions';

const storage = z.string().min(1).max(100);
/** Where in an XML document to sign and to put the signature; empty: the whole document, its root. */
const xpath = z.string().max(1000);
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
      `This agent serves hardware tokens (${TOKEN_STORAGE}, PKCS11) and key files (${FILE_STORAGE}), not ${storageType}.`,
    );
  }
}

/** Signs with a key of the type asked for, in the prompts' language of the connection. */
function signWithKeyType(
  services: AgentServices,
  context: RequestContext,
  request: { storageType: string; keyType: string; documents: Buffer[]; format: SignatureFormat },
): Promise<Buffer[]> {
  assertServed(request.storageType);
  return signDocuments(
    services,
    {
      documents: request.documents,
      storages: [request.storageType],
      format: request.format,
      filter: filterFor(request.keyType),
      locale: toLocale(context.preferences.locale),
    },
    context,
  );
}

/** CMS (CAdES-BES) over data or over its SHA-256 digest, base64, as `createCAdESFromBase64…` answer it. */
async function cades(
  services: AgentServices,
  context: RequestContext,
  request: { storageType: string; keyType: string; data: string; digested: boolean; encapsulate: boolean },
): Promise<string> {
  const [signature] = await signWithKeyType(services, context, {
    ...request,
    documents: [documentBytes(request.data, true)],
    format: cmsFormat(request),
  });
  return signature!.toString('base64');
}

/** `signXml` / `signXmls`: each XML document with its enveloped signature, as text. */
async function signXmls(
  services: AgentServices,
  context: RequestContext,
  request: {
    storageType: string;
    keyType: string;
    xmls: string[];
    signedElement: string;
    signatureParent: string;
  },
): Promise<string[]> {
  const signed = await signWithKeyType(services, context, {
    ...request,
    documents: request.xmls.map((xml) => Buffer.from(xml, 'utf8')),
    format: xmlFormat(request),
  });
  return signed.map((document) => document.toString('utf8'));
}

/** A key's certificate as the national agent's `getKeyInfo` describes it. */
function keyInfo(certificate: ParsedCertificate, alias: string) {
  const { details, x509, der } = certificate;
  return {
    alias,
    keyId: alias,
    algorithm: profileForPublicKey(certificate.publicKeyInfo)?.id.split('-')[0] ?? 'unknown',
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

  // Which key the user has: a file is opened on the agent's page; of several certificates on the
  // tokens the user picks one there (no PIN: certificates are public), as the national agent asks.
  register('getKeyInfo', async (rawArgs, context) => {
    const [storageType] = parseArgs(z.tuple([storage]).rest(z.unknown()), rawArgs);
    assertServed(storageType);
    const operation = { kind: 'readKeyInfo' } as const;
    const locale = toLocale(context.preferences.locale);
    if (storageType === FILE_STORAGE) {
      return withKeyFile(services, { operation, filter: {}, locale }, context, (key, accepted) => {
        accepted();
        return Promise.resolve(keyInfo(key.certificate, FILE_STORAGE));
      });
    }
    const candidates = certificateCandidates(await readCertificates(tokens), {}, new Date());
    const [first] = candidates;
    if (candidates.length === 1) return keyInfo(first!.certificate, first!.keyId);
    const request = {
      token: { slotId: first!.slotId, label: first!.tokenLabel },
      operation,
      pinState: tokens.pinState(first!.slotId, 'user'),
      locale,
      choices: candidates.map(toCertificateChoice),
    };
    return withPinEntry(services.prompts, request, context, (entry, accepted) => {
      accepted();
      const chosen = candidates[entry.choice ?? 0]!;
      return Promise.resolve(keyInfo(chosen.certificate, chosen.keyId));
    });
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

  register('signXml', async (rawArgs, context) => {
    const [storageType, type, xml, signedElement, signatureParent] = parseArgs(
      z.tuple([storage, keyType, z.string(), xpath.default(''), xpath.default('')]),
      rawArgs,
    );
    const [signed] = await signXmls(services, context, {
      storageType,
      keyType: type,
      xmls: [xml],
      signedElement,
      signatureParent,
    });
    return signed;
  });

  register('signXmls', async (rawArgs, context) => {
    const [storageType, type, xmls, signedElement, signatureParent] = parseArgs(
      z.tuple([
        storage,
        keyType,
        z.array(z.string()).min(1).max(MAX_DOCUMENTS),
        xpath.default(''),
        xpath.default(''),
      ]),
      rawArgs,
    );
    return signXmls(services, context, { storageType, keyType: type, xmls, signedElement, signatureParent });
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
