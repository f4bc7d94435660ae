import { z } from 'zod';
import { toLocale } from '../pin/pin-prompt-texts.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { Dispatcher } from '../protocol/dispatcher.js';
import { BASICS_MODULE } from '../protocol/messages.js';
import { parseArgs } from '../protocol/parse-args.js';
import type { AgentServices } from './agent-services.js';
import { signDocuments } from './sign-documents.js';
import { cmsFormat, type SignatureFormat, xmlFormat } from './signature-formats.js';
import { servesStorage } from './storages.js';

/** Pages written for the national agent send its flags as booleans or as "true"/"false". */
export const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);
const oid = z.string().regex(/^\d+(\.\d+)+$/, 'an OID');
const identifier = z.string().regex(/^\d{12}$/, 'twelve digits');
/** The cap keeps one request's work (and the socket's message) bounded. */
export const MAX_DOCUMENTS = 1000;

/** `kz.gov.pki.knca.basics.sign` args as the national agent takes them; unknown keys are ignored. */
export const signArgsSchema = z.object({
  allowedStorages: z.array(z.string()).nullish(),
  format: z.string(),
  data: z.union([z.string(), z.array(z.string()).min(1).max(MAX_DOCUMENTS)]),
  signingParams: z
    .object({
      /** The data is base64 (true) or text to sign as UTF-8 (false); by default base64 for a CMS, text for XML. */
      decode: flag.optional(),
      encapsulate: flag.default(false),
      digested: flag.default(false),
    })
    .nullish(),
  signerParams: z
    .object({
      extKeyUsageOids: z.array(oid).nullish(),
      iin: identifier.or(z.literal('')).nullish(),
      bin: identifier.or(z.literal('')).nullish(),
      serialNumber: z
        .string()
        .regex(/^[0-9a-fA-F]*$/, 'hexadecimal')
        .nullish(),
    })
    .nullish(),
  locale: z.string().nullish(),
});

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function documentBytes(data: string, decode: boolean): Buffer {
  if (!decode) return Buffer.from(data, 'utf8');
  const compact = data.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new AgentError(AgentErrorCode.INVALID_SIGNING_PARAMS, 'The data is not base64.', { field: 'data' });
  }
  return Buffer.from(compact, 'base64');
}

type SignArgs = z.infer<typeof signArgsSchema>;

/**
 * The signature format asked for, the documents as bytes (base64 or text, as the page sent them),
 * and how the signed documents are answered: a CMS in base64, an XML document as text.
 */
function formatOf(args: SignArgs): {
  format: SignatureFormat;
  documents: Buffer[];
  answerAs: BufferEncoding;
} {
  const params = args.signingParams ?? { encapsulate: false, digested: false };
  const data = Array.isArray(args.data) ? args.data : [args.data];
  switch (args.format.toLowerCase()) {
    case 'cms': {
      const { decode = true, encapsulate, digested } = params;
      if (digested && (encapsulate || !decode)) {
        throw new AgentError(
          AgentErrorCode.INVALID_SIGNING_PARAMS,
          'A pre-computed digest is sent as base64 and cannot be encapsulated.',
        );
      }
      return {
        format: cmsFormat({ digested, encapsulate }),
        documents: data.map((text) => documentBytes(text, decode)),
        answerAs: 'base64',
      };
    }
    case 'xml':
      if (params.digested || params.encapsulate) {
        throw new AgentError(
          AgentErrorCode.INVALID_SIGNING_PARAMS,
          'An XML signature is enveloped in the document: it is neither over a digest nor encapsulating.',
        );
      }
      return {
        format: xmlFormat({}),
        documents: data.map((text) => documentBytes(text, params.decode ?? false)),
        answerAs: 'utf8',
      };
    default:
      throw new AgentError(
        AgentErrorCode.UNSUPPORTED_FORMAT,
        `This agent signs format "cms" or "xml", not "${args.format}".`,
      );
  }
}

/**
 * The national agent's `sign`: for `format: "cms"` a CMS per document (base64), for `"xml"` each
 * document with its XMLDSig signature (text); one PIN entry per request.
 */
export function registerBasicsMethods(dispatcher: Dispatcher, services: AgentServices): void {
  dispatcher.register(BASICS_MODULE, 'sign', async (rawArgs, context) => {
    const args = parseArgs(signArgsSchema, rawArgs);
    const { format, documents, answerAs } = formatOf(args);
    if (args.allowedStorages?.length && !args.allowedStorages.some(servesStorage)) {
      throw new AgentError(
        AgentErrorCode.STORAGE_NOT_AVAILABLE,
        `This agent serves hardware tokens (PKCS11, AKKaztokenStore) and key files (PKCS12), not ${args.allowedStorages.join(', ')}.`,
      );
    }
    const signer = args.signerParams ?? {};
    const signatures = await signDocuments(
      services,
      {
        documents,
        storages: args.allowedStorages,
        format,
        filter: {
          extKeyUsageOids: signer.extKeyUsageOids ?? undefined,
          iin: signer.iin || undefined,
          bin: signer.bin || undefined,
          serialNumber: signer.serialNumber || undefined,
        },
        locale: toLocale(args.locale),
      },
      context,
    );
    const encoded = signatures.map((signed) => signed.toString(answerAs));
    return Array.isArray(args.data) ? encoded : encoded[0];
  });
}
