import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@qoltanba/local/ports';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { AgentClient } from '../src/client/agent-client.js';
import { makeRunFolder, type RunFolder } from '@qoltanba/local/services/run-folder';
import { type AgentProcess, startAgentProcess } from '../src/client/agent-process.js';
import { guarded } from './secure-agent.js';
import type { KeyPairListing } from '../src/methods/token-objects.js';
import type { TokenSummary } from '../src/pkcs11/token-summary.js';
import { AGENT_MODULE } from '../src/protocol/messages.js';
import { enterAtPrompt, newRecord, PAGE_ORIGIN, SO_PIN, USER_PIN, withPin } from './agent-harness.js';

/**
 * Formatting needs a computer with exactly one token, which the run's shared token store never is:
 * this file runs the built agent (`npm run signer`'s program) as its own process, on a store of its
 * own holding one token, as a client's computer would.
 */
describe('formatToken with exactly one token connected', () => {
  let storeDir: RunFolder | undefined;
  let agent: AgentProcess;
  let client: AgentClient;

  beforeAll(async () => {
    storeDir = await makeRunFolder('format');
    const store = await prepareTokenStore(storeDir.path);
    await ensureToken(await ensureSoftHsm(), store, { label: 'KAZTOKEN', soPin: SO_PIN, userPin: USER_PIN });
    const port = await findFreePort();
    agent = await startAgentProcess(
      {
        SOFTHSM2_CONF: store.configPath,
        PKCS11_MODULE: process.env[TEST_ENV.pkcs11Module],
        SIGNER_PORT: String(port),
        SIGNER_ALLOWED_ORIGINS: PAGE_ORIGIN,
      },
      guarded,
    );
    client = await AgentClient.connect(`ws://127.0.0.1:${port}`, PAGE_ORIGIN);
  });
  afterAll(async () => {
    client?.close();
    await agent?.stop();
    await storeDir?.remove();
  });

  it('erases the keys after the administrator PIN and the confirmation in the prompt, and sets the new PIN', async () => {
    const [token] = (await client.call<TokenSummary[]>(AGENT_MODULE, 'listTokens')).filter(
      (found) => found.initialized,
    );
    await client.call(AGENT_MODULE, 'generateKeyPair', { slotId: token!.slotId }, withPin());
    expect(await client.call<KeyPairListing[]>(AGENT_MODULE, 'listKeyPairs')).toHaveLength(1);

    const record = newRecord();
    const formatted = await client.call(
      AGENT_MODULE,
      'formatToken',
      { slotId: token!.slotId, label: 'KAZTOKEN Qoltanba', confirm: true, locale: 'kk' },
      enterAtPrompt(
        [
          { soPin: SO_PIN, newPin: 'Tokenkey2025', confirmation: false },
          { soPin: '00000000', newPin: 'Tokenkey2025', confirmation: true },
          { soPin: SO_PIN, newPin: 'Tokenkey2025', confirmation: true },
        ],
        record,
      ),
    );
    expect(formatted).toEqual({ slotId: token!.slotId, label: 'KAZTOKEN Qoltanba', formatted: true });
    expect(record.events[0]!.operation).toEqual({ kind: 'formatToken' });
    expect(record.replies.slice(0, 2)).toMatchObject([
      { outcome: 'retry', code: 'CONFIRMATION_REQUIRED' },
      { outcome: 'retry', code: 'PIN_INCORRECT' },
    ]);

    const [after] = (await client.call<TokenSummary[]>(AGENT_MODULE, 'listTokens')).filter(
      (found) => found.initialized,
    );
    expect(after).toMatchObject({ label: 'KAZTOKEN Qoltanba', initialized: true });
    expect(await client.call<KeyPairListing[]>(AGENT_MODULE, 'listKeyPairs')).toEqual([]);
    await expect(
      client.call(AGENT_MODULE, 'generateKeyPair', { slotId: after!.slotId }, withPin('Tokenkey2025')),
    ).resolves.toMatchObject({ profile: 'RSA-2048/SHA-256' });
    expect(agent.output()).not.toMatch(/Tokenkey2025|87654321|12345678/);
  });
});
