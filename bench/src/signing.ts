import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@qoltanba/local/ports';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { AgentClient, type RequestOptions } from '@qoltanba/signer/client/agent-client';
import { submitPin } from '@qoltanba/signer/client/pin-prompt-client';
import { type AgentProcess, startAgentProcess } from './agent-process.js';
import { rawSignaturesPerSecond } from './raw-signing.js';
import { issueSigningCertificate } from './software-ca.js';

/**
 * `npm run bench:signing`: CMS signatures per second through the agent (WebSocket request, PIN
 * entered once per request through the prompt endpoint, CMS built around C_Sign) against raw C_Sign
 * with the same key on the same SoftHSM2 token. It makes its own token store, agent process and
 * certificate, and removes them all, whatever happens.
 */
const PAGE_ORIGIN = 'http://127.0.0.1:3000';
const PIN = '12345678';
/** Short phases, interleaved over several rounds: a shared machine's noise hits every mode alike. */
const PHASE_SECONDS = 2;
const ROUNDS = 3;
const AGENT = 'kz.qoltanba.agent';
const SUBJECT = { iin: '871008401427', bin: '940140000385', commonName: 'BENCHMARK', country: 'KZ' as const };

const enterPin: RequestOptions = {
  onPinRequested: (event) => void submitPin(event.url, { pin: PIN }),
};

async function agentSignaturesPerSecond(client: AgentClient, batchSize: number) {
  const documents = Array.from({ length: batchSize }, (_, n) =>
    Buffer.from(JSON.stringify({ document: n, amount: '1500.00', purpose: 'x'.repeat(900) })).toString(
      'base64',
    ),
  );
  const request = {
    format: 'cms',
    data: batchSize === 1 ? documents[0] : documents,
    signingParams: { decode: true, encapsulate: false, digested: false },
    signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], iin: SUBJECT.iin },
  };
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(PHASE_SECONDS * 1e9);
  let signatures = 0;
  while (process.hrtime.bigint() < deadline) {
    const result = await client.call<string | string[]>('kz.gov.pki.knca.basics', 'sign', request, enterPin);
    signatures += Array.isArray(result) ? result.length : 1;
  }
  return { signatures, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'qoltanba-bench-'));
  let agent: AgentProcess | undefined;
  let client: AgentClient | undefined;
  try {
    const softHsm = await ensureSoftHsm();
    const store = await prepareTokenStore(workDir);
    const token = { label: 'bench', userPin: PIN, soPin: '87654321' };
    await ensureToken(softHsm, store, token);
    // libsofthsm2 reads this from the real environment when this process loads it for raw C_Sign.
    process.env.SOFTHSM2_CONF = store.configPath;
    const env = {
      SOFTHSM2_CONF: store.configPath,
      PKCS11_MODULE: softHsm.modulePath,
      SIGNER_ALLOWED_ORIGINS: PAGE_ORIGIN,
    };
    agent = await startAgentProcess(env, await findFreePort());
    client = await AgentClient.connect(`ws://127.0.0.1:${agent.port}`, PAGE_ORIGIN);
    const slotId = (await client.call<{ slotId: string; label: string }[]>(AGENT, 'listTokens')).find(
      (listed) => listed.label === token.label,
    )!.slotId;
    const { keyId, publicKey } = await client.call<{ keyId: string; publicKey: string }>(
      AGENT,
      'generateKeyPair',
      { slotId },
      enterPin,
    );
    await client.call(AGENT, 'writeCertificate', {
      slotId,
      certificate: await issueSigningCertificate(publicKey, SUBJECT),
    });

    // Warm both paths up (JIT, SoftHSM2 object cache) before measuring.
    await agentSignaturesPerSecond(client, 20).catch(() => undefined);
    const modes = [
      { name: 'raw C_Sign (CKM_SHA256_RSA_PKCS)', batch: 0 },
      { name: 'CMS via the agent, batches of 100', batch: 100 },
      { name: 'CMS via the agent, batches of 20', batch: 20 },
      { name: 'CMS via the agent, single documents', batch: 1 },
    ];
    const rates = modes.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, mode] of modes.entries()) {
        const run =
          mode.batch === 0
            ? rawSignaturesPerSecond({
                modulePath: softHsm.modulePath,
                tokenLabel: token.label,
                pin: PIN,
                keyId,
                seconds: PHASE_SECONDS,
                maxSignatures: 100_000,
              })
            : await agentSignaturesPerSecond(client, mode.batch);
        rates[index]!.push(run.signatures / run.seconds);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const rawRate = median(rates[0]!);
    console.log(
      `Signing benchmark — ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
        `SoftHSM2, RSA-2048/SHA-256; medians of ${ROUNDS} interleaved rounds of ${PHASE_SECONDS} s per mode`,
    );
    for (const [index, mode] of modes.entries()) {
      const rate = median(rates[index]!);
      const ratio = index === 0 ? '' : `  ratio ${(rate / rawRate).toFixed(2)} (target 0.80)`;
      const rounds = rates[index]!.map((value) => value.toFixed(0)).join(', ');
      console.log(`${mode.name.padEnd(36)} ${rate.toFixed(0).padStart(6)} signatures/s  [${rounds}]${ratio}`);
    }
    console.log(
      'Each agent request: WebSocket round trip, PIN entered once through the prompt endpoint, ' +
        'C_Login, a CMS per document around its C_Sign, C_Logout.',
    );
  } finally {
    client?.close();
    await agent?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:signing failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
