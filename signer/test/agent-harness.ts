import { randomBytes } from 'node:crypto';
import { type AgentOptions, type RunningAgent, startAgent } from '../src/agent.js';
import { AgentClient, type PinRequestedEvent, type RequestOptions } from '../src/client/agent-client.js';
import { type PinSubmission, submitPin } from '../src/client/pin-prompt-client.js';
import type { KazakhSubject } from '../src/crypto/kazakh-subject.js';
import { DEFAULT_SO_PIN, DEFAULT_USER_PIN } from '../src/pin/pin-policy.js';
import type { AttemptReply } from '../src/pin/pin-prompt.js';
import type { TokenSummary } from '../src/pkcs11/token-summary.js';
import { AGENT_MODULE } from '../src/protocol/messages.js';
import type { TestCa } from './test-ca.js';
import { createTestTokens, type TestToken } from './token-fixture.js';

/**
 * Twelve random digits for an IIN or BIN. Every test file's agent sees the tokens of the whole run's
 * store, certificates of other files included, so each file names its own people and organizations.
 */
export function uniqueIdentifier(): string {
  return Array.from(randomBytes(12), (byte) => String(byte % 10)).join('');
}

export const PAGE_ORIGIN = 'http://127.0.0.1:3000';
export const USER_PIN = DEFAULT_USER_PIN;
export const SO_PIN = DEFAULT_SO_PIN;

export interface Harness {
  agent: RunningAgent;
  client: AgentClient;
  tokens: TestToken[];
  /** Everything the agent logged during the file. */
  logged: string[];
  slotOf(token: TestToken): Promise<string>;
  stop(): Promise<void>;
}

/** Real SoftHSM2 tokens, the agent on a free port, and a page's WebSocket to it. */
export async function startHarness(
  tokenNames: string[],
  options: Partial<Pick<AgentOptions, 'pinTimeoutMs'>> = {},
): Promise<Harness> {
  const created = await createTestTokens(...tokenNames);
  const logged: string[] = [];
  const agent = await startAgent(
    { port: 0, pkcs11Module: created.modulePath, allowedOrigins: [PAGE_ORIGIN], ...options },
    (event, fields) => logged.push(JSON.stringify({ event, ...fields })),
  );
  const client = await AgentClient.connect(`ws://127.0.0.1:${agent.port}`, PAGE_ORIGIN);
  return {
    agent,
    client,
    tokens: created.tokens,
    logged,
    async slotOf(token) {
      const listed = await client.call<TokenSummary[]>(AGENT_MODULE, 'listTokens');
      const found = listed.find((summary) => summary.label === token.label);
      if (!found) throw new Error(`Token ${token.label} is not connected.`);
      return found.slotId;
    },
    async stop() {
      client.close();
      await agent.stop();
    },
  };
}

/** What the pop-up saw: the prompts it was opened for and the agent's replies to each entry. */
export interface PromptRecord {
  events: PinRequestedEvent[];
  replies: AttemptReply[];
}

/**
 * Plays the user at the pop-up: for each prompt the agent opens, submits the given entries in
 * order (a wrong PIN, then the right one…), stopping at the first that is not refused.
 */
export function enterAtPrompt(entries: PinSubmission[], record?: PromptRecord): RequestOptions {
  return {
    onPinRequested: (event) => {
      record?.events.push(event);
      void (async () => {
        for (const entry of entries) {
          const reply = await submitPin(event.url, entry);
          record?.replies.push(reply);
          if (reply.outcome !== 'retry') return;
        }
      })();
    },
  };
}

export const withPin = (pin = USER_PIN, record?: PromptRecord) => enterAtPrompt([{ pin }], record);

export function newRecord(): PromptRecord {
  return { events: [], replies: [] };
}

/** Registers a token the way the bank will: key on the token, certificate from the CA, back on the token. */
export async function provisionCertificate(
  harness: Harness,
  ca: TestCa,
  slotId: string,
  options: {
    subject: KazakhSubject;
    purpose: 'signing' | 'authentication';
    notBefore?: Date;
    notAfter?: Date;
  },
): Promise<{ keyId: string; certificate: string }> {
  const { keyId, publicKey } = await harness.client.call<{ keyId: string; publicKey: string }>(
    AGENT_MODULE,
    'generateKeyPair',
    { slotId },
    withPin(),
  );
  const issued = await ca.issue({ publicKey, ...options });
  const certificate = Buffer.from(issued.rawData).toString('base64');
  await harness.client.call(AGENT_MODULE, 'writeCertificate', { slotId, certificate });
  return { keyId, certificate };
}
