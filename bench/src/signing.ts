import { availableParallelism, cpus } from 'node:os';
import { findFreePort } from '@qoltanba/local/ports';
import { stopWithThisProcess } from '@qoltanba/local/services/orphan-guard';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import { ensureSoftHsm, ensureToken, prepareTokenStore } from '@qoltanba/local/tools/softhsm';
import { AgentClient, type RequestOptions } from '@qoltanba/signer/client/agent-client';
import { submitPin } from '@qoltanba/signer/client/pin-prompt-client';
import { type AgentProcess, startAgentProcess } from '@qoltanba/signer/client/agent-process';
import { rawSignaturesPerSecond } from './raw-signing.js';
import { issueSigningCertificate } from './software-ca.js';
import { lookupRates } from './verification-lookups.js';
import { verificationRates } from './verification.js';

/**
 * `npm run bench:signing`: CMS signatures per second through the agent (WebSocket request, PIN
 * entered once per request through the prompt endpoint, CMS built around C_Sign) against raw C_Sign
 * with the same key on the same SoftHSM2 token; then the backend's verifications per second of CMS
 * the agent made, on one core. It makes its own token store, agent process and certificate, and
 * removes them all, whatever happens.
 */
const PAGE_ORIGIN = 'http://127.0.0.1:3000';
const PIN = '12345678';
/**
 * Short phases, interleaved over several rounds: a shared machine's noise hits every mode alike,
 * and each agent phase is compared with the raw phase of its own round.
 */
const PHASE_SECONDS = 2;
const ROUNDS = 5;
const AGENT = 'kz.qoltanba.agent';
const SUBJECT = { iin: '871008401427', bin: '940140000385', commonName: 'BENCHMARK', country: 'KZ' as const };
/** Distinct CMS the backend verifies round-robin: different documents, one signer certificate. */
const VERIFIED_SIGNATURES = 200;

const enterPin: RequestOptions = {
  onPinRequested: (event) => void submitPin(event.url, { pin: PIN }),
};

/** A document of about the size of a payment order's canonical content. */
const benchDocument = (n: number) =>
  Buffer.from(JSON.stringify({ document: n, amount: '1500.00', purpose: 'x'.repeat(900) })).toString(
    'base64',
  );

const signRequest = (data: string | string[]) => ({
  format: 'cms',
  data,
  signingParams: { decode: true, encapsulate: false, digested: false },
  signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], iin: SUBJECT.iin },
});

async function agentSignaturesPerSecond(client: AgentClient, batchSize: number) {
  const documents = Array.from({ length: batchSize }, (_, n) => benchDocument(n));
  const request = signRequest(batchSize === 1 ? documents[0]! : documents);
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
  const folder = await makeRunFolder('bench-signing');
  const workDir = folder.path;
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
    agent = await startAgentProcess(
      { ...env, SIGNER_PORT: String(await findFreePort()) },
      { nodeArgs: process.env.BENCH_AGENT_NODE_ARGS?.split(' ').filter(Boolean), guard: stopWithThisProcess },
    );
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
    const issued = await issueSigningCertificate(publicKey, SUBJECT);
    await client.call(AGENT, 'writeCertificate', { slotId, certificate: issued.certificate });

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
    console.log(
      `Signing benchmark — ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
        `SoftHSM2, RSA-2048/SHA-256; medians of ${ROUNDS} interleaved rounds of ${PHASE_SECONDS} s per mode ` +
        '(ratio: the median over rounds of agent / raw in the same round)',
    );
    for (const [index, mode] of modes.entries()) {
      const rate = median(rates[index]!);
      const roundRatios = rates[index]!.map((value, round) => value / rates[0]![round]!);
      const ratio = index === 0 ? '' : `  ratio ${median(roundRatios).toFixed(2)} (target 0.80)`;
      const rounds = rates[index]!.map((value) => value.toFixed(0)).join(', ');
      console.log(`${mode.name.padEnd(36)} ${rate.toFixed(0).padStart(6)} signatures/s  [${rounds}]${ratio}`);
    }
    console.log(
      'Each agent request: WebSocket round trip, PIN entered once through the prompt endpoint, ' +
        'C_Login, a CMS per document around its C_Sign, C_Logout.',
    );

    // Backend verification of CMS the agent made, alone on one core.
    const contents = Array.from({ length: VERIFIED_SIGNATURES }, (_, n) => benchDocument(10_000 + n));
    const signatures: string[] = [];
    for (let start = 0; start < contents.length; start += 100) {
      signatures.push(
        ...(await client.call<string[]>(
          'kz.gov.pki.knca.basics',
          'sign',
          signRequest(contents.slice(start, start + 100)),
          enterPin,
        )),
      );
    }
    client.close();
    client = undefined;
    await agent.stop();
    agent = undefined;
    const { rates: verification, pinned } = await verificationRates(
      {
        root: issued.root,
        signatures: signatures.map((cms, n) => ({ cms, content: contents[n]! })),
        holder: { iin: SUBJECT.iin, bin: SUBJECT.bin },
        phaseSeconds: PHASE_SECONDS,
        rounds: ROUNDS,
      },
      workDir,
    );
    console.log(
      `\nBackend EDS verification — ${pinned ? 'pinned to one core (taskset -c 0)' : 'one process (no taskset: not pinned)'}, ` +
        `${VERIFIED_SIGNATURES} distinct CMS made by the agent, medians of ${ROUNDS} rounds of ${PHASE_SECONDS} s`,
    );
    const verificationModes = [
      ['warm', 'full check, warm', '  (target 1000)'],
      ['cold', 'full check, cold', ''],
      ['readFull', '  reading a CMS in full (pkijs)', ''],
      ['readFromLayout', '  reading a CMS from its signer’s layout', ''],
      ['signatureOnly', '  RSA-2048 signature check (OpenSSL)', ''],
    ] as const;
    for (const [mode, name, target] of verificationModes) {
      const rounds = verification[mode].map((value) => value.toFixed(0)).join(', ');
      console.log(
        `${name.padEnd(42)} ${median(verification[mode]).toFixed(0).padStart(6)} per second  [${rounds}]${target}`,
      );
    }
    const lookups = await lookupRates({
      workDir,
      phaseSeconds: PHASE_SECONDS,
      rounds: ROUNDS,
      concurrency: 8,
    });
    console.log(
      `${'database reads of a verification'.padEnd(42)} ${median(lookups).toFixed(0).padStart(6)} per second  ` +
        `[${lookups.map((value) => value.toFixed(0)).join(', ')}]  (PostgreSQL on this machine, 8 at a time, not pinned)`,
    );
    console.log(
      [
        'Full check: read the detached CMS (structure, the three signed attributes, the signer certificate named by',
        'the signer identifier), SHA-256 of the document against message-digest, RSA over the signed attributes,',
        'chain to the trust anchor, validity of the chain at the signing time and now, key usage and EKU, subject',
        "IIN/BIN against the user's and organization's. Warm: as on an API replica after a signer's first CMS -",
        "the signer's CMS layout, certificate and chain known (caches by CMS bytes and certificate fingerprint).",
        'Cold: every CMS read in full by pkijs, its certificate parsed and its chain verified. Database reads (the',
        'registry entry by fingerprint, the user, the organization: 3 queries) are measured on their own.',
      ].join('\n'),
    );
  } finally {
    client?.close();
    await agent?.stop();
    await folder.remove();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:signing failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
