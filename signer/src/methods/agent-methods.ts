import { z } from 'zod';
import { kazakhSubjectSchema } from '../crypto/kazakh-subject.js';
import { toLocale } from '../pin/pin-prompt-texts.js';
import type { Dispatcher } from '../protocol/dispatcher.js';
import { AGENT_MODULE } from '../protocol/messages.js';
import { parseArgs } from '../protocol/parse-args.js';
import type { AgentServices } from './agent-services.js';
import { createTokenCertificateRequest, generateKeyPair, writeCertificate } from './key-pairs.js';
import { changePin, formatToken, unblockPin } from './pin-management.js';
import { prepareRegistration } from './registration-keys.js';
import { readCertificates, readKeyPairs, toCertificateListing } from './token-objects.js';

const slotId = z.string().regex(/^[0-9a-f]{1,32}$/, 'a slotId from listTokens');
const locale = z.string().nullish().transform(toLocale);
/** What a token stores as CKA_LABEL: printable ASCII fits every token's 32-byte field. */
const objectLabel = z.string().regex(/^[\x20-\x7e]{1,32}$/, 'up to 32 printable ASCII characters');

const onToken = z.object({ slotId, locale });
const maybeOnToken = z.object({ slotId: slotId.optional() });

/** The agent's own methods: token information and the steps of registering a token. */
export function registerAgentMethods(dispatcher: Dispatcher, services: AgentServices, version: string): void {
  const { tokens, prompts } = services;
  dispatcher
    .register(AGENT_MODULE, 'getVersion', async () => ({ version }))
    .register(AGENT_MODULE, 'listTokens', async () => tokens.listTokens())
    .register(AGENT_MODULE, 'listCertificates', async (args) => {
      const { slotId: only } = parseArgs(maybeOnToken, args);
      return (await readCertificates(tokens, only)).map(toCertificateListing);
    })
    .register(AGENT_MODULE, 'listKeyPairs', async (args) =>
      readKeyPairs(tokens, parseArgs(maybeOnToken, args).slotId),
    )
    .register(AGENT_MODULE, 'generateKeyPair', async (args, context) =>
      generateKeyPair(services, parseArgs(onToken.extend({ label: objectLabel.optional() }), args), context),
    )
    .register(AGENT_MODULE, 'createCertificateRequest', async (args, context) =>
      createTokenCertificateRequest(
        services,
        parseArgs(
          onToken.extend({
            keyId: z.string().regex(/^([0-9a-f]{2})+$/, 'a keyId from generateKeyPair or listKeyPairs'),
            subject: kazakhSubjectSchema,
            purpose: z.enum(['signing', 'authentication']).default('signing'),
          }),
          args,
        ),
        context,
      ),
    )
    .register(AGENT_MODULE, 'writeCertificate', async (args, context) =>
      writeCertificate(
        services,
        parseArgs(
          onToken.extend({ certificate: z.string().min(1).max(64_000), label: objectLabel.optional() }),
          args,
        ),
        context,
      ),
    )
    .register(AGENT_MODULE, 'prepareRegistration', async (args, context) =>
      prepareRegistration(
        services,
        parseArgs(
          onToken.extend({
            registrationTag: z.string().regex(/^[0-9a-f]{8,24}$/, 'the registration tag the bank answered'),
            subject: kazakhSubjectSchema,
            purposes: z
              .array(z.enum(['signing', 'authentication']))
              .refine((list) => list.includes('authentication'), 'the log-in key is always made')
              .default(['signing', 'authentication']),
          }),
          args,
        ),
        context,
      ),
    )
    .register(AGENT_MODULE, 'changePin', async (args, context) =>
      changePin(
        services,
        parseArgs(onToken.extend({ fromDefault: z.boolean().default(false) }), args),
        context,
      ),
    )
    .register(AGENT_MODULE, 'unblockPin', async (args, context) =>
      unblockPin(services, parseArgs(onToken, args), context),
    )
    .register(AGENT_MODULE, 'formatToken', async (args, context) =>
      formatToken(
        services,
        parseArgs(
          onToken.extend({ label: objectLabel.optional(), confirm: z.boolean().default(false) }),
          args,
        ),
        context,
      ),
    )
    .register(AGENT_MODULE, 'cancelPinRequest', async (args, context) => {
      // The page gives up (e.g. the user closed the pop-up): only on prompts its own origin opened.
      const { promptId } = parseArgs(z.object({ promptId: z.string().max(64) }), args);
      const prompt = prompts.find(promptId);
      if (prompt?.request.requestedBy !== context.origin) return { cancelled: false };
      prompt.cancel();
      return { cancelled: true };
    });
}
