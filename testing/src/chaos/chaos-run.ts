import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { RunningPlatform } from '@qoltanba/local/platform';
import { type BenchClient, onboardBenchClient } from '../load/bench-organization.js';
import { checkEveryDocument, type ChaosVerdict } from './chaos-verdict.js';
import { type FaultKind, type FaultRecord, injectFault } from './faults.js';
import { type AnswerTally, OutageTolerantApi } from './outage-tolerant-api.js';

export interface ChaosOptions {
  platform: RunningPlatform;
  /** At least this many; the load goes on until the last fault has been recovered from. */
  documents: number;
  concurrency: number;
  /** The faults in the order they strike; each kind at least once makes a meaningful run. */
  faults: FaultKind[];
  /** Pause between one fault's recovery and the next fault, drawn in this range (ms). */
  gapMs: [number, number];
  log: (line: string) => void;
}

export interface ChaosReport {
  documents: number;
  seconds: number;
  faults: FaultRecord[];
  tally: AnswerTally;
  verdict: ChaosVerdict;
}

const FINAL = new Set(['EXECUTED', 'REJECTED_BY_BANK', 'REJECTED', 'CANCELLED', 'EXPIRED']);
/**
 * Far longer than any fault takes to recover from here (under 25 s): a document not final by then
 * will not be, and waiting on would hang the run — it did once, when a signature reached the read
 * model but not its workflow (a PostgreSQL restart took the update's workflow task with it).
 */
const FINAL_WITHIN_MS = 180_000;

/**
 * A steady load of payments (create → FIRST signs → SECOND signs → the bank executes) through the
 * proxy, while the faults strike one after the other at random moments; then every document is
 * checked in the read model and the bank. The platform must run with NODE_ENV=test (the load names
 * its callers in headers) and with embedded PostgreSQL and Temporal on PostgreSQL (it restarts them).
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const { platform, log } = options;
  const api = new OutageTolerantApi(platform.apiUrl);
  const client = await onboardBenchClient(platform.apiUrl);
  const ids: string[] = [];
  const started = Date.now();
  const faults: FaultRecord[] = [];
  const schedule = { done: false };
  // Held, not left to reject unwatched while the faults go on: a load that failed ends the run.
  let loadFailure: { error: unknown } | undefined;
  const load = runLoad(api, client, options, ids, schedule).catch((error: unknown) => {
    loadFailure = { error };
  });
  try {
    for (const kind of options.faults) {
      await delay(between(options.gapMs));
      if (loadFailure) break;
      const record = await injectFault(platform, kind);
      log(`  ${kind}: recovered in ${record.recoverySeconds.toFixed(1)} s`);
      faults.push(record);
    }
  } finally {
    schedule.done = true;
  }
  await load;
  if (loadFailure) throw loadFailure.error;
  const seconds = (Date.now() - started) / 1000;
  const verdict = await checkEveryDocument(platform.databaseUrl, client.payerIban, ids);
  return { documents: ids.length, seconds, faults, tally: api.tally, verdict };
}

async function runLoad(
  api: OutageTolerantApi,
  client: BenchClient,
  options: ChaosOptions,
  ids: string[],
  schedule: { done: boolean },
): Promise<void> {
  let next = 0;
  const user = (who: { userId: string }) => ({ 'x-dev-user-id': who.userId, 'x-dev-channel': 'STANDARD' });
  const onePayment = async () => {
    // One key per document: a create retried after an outage finds the document it made.
    const key = randomUUID();
    const created = await api.call({
      method: 'POST',
      path: '/documents?submit=true',
      headers: { ...user(client.first), 'idempotency-key': key },
      body: client.payment(),
    });
    const id = created.id as string;
    ids.push(id);
    const sign = { contentHash: created.contentHash, evidence: { kind: 'DEV' } };
    // A sign repeated after an outage may find its first try went through: refused as a repeat by
    // this signer, or, when it was the last signature, by a document already on its way. Done all
    // the same; the verdict reads each document's fate from the database.
    const repeat = (status: number, body: Record<string, unknown>, retried: boolean) =>
      status === 409 &&
      (body.code === 'DOCUMENT_ALREADY_SIGNED_BY_USER' || (retried && body.code === 'DOCUMENT_WRONG_STATUS'));
    for (const signer of [client.first, client.second]) {
      await api.call({
        method: 'POST',
        path: `/documents/${id}/signatures`,
        headers: user(signer),
        body: sign,
        alsoDone: repeat,
      });
    }
    const giveUpAt = Date.now() + FINAL_WITHIN_MS;
    for (;;) {
      const document = await api.call({
        method: 'GET',
        path: `/documents/${id}`,
        headers: user(client.first),
      });
      if (FINAL.has(document.status as string)) return;
      if (Date.now() > giveUpAt)
        throw new Error(
          `document ${id} is still ${String(document.status)} ${FINAL_WITHIN_MS / 1000} s after its ` +
            `signatures: its workflow (document-${id}) and the read model disagree, or it was lost`,
        );
      await delay(500);
    }
  };
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      // At least `documents`, and on until the last fault has struck and been recovered from.
      while (next < options.documents || !schedule.done) {
        next++;
        await onePayment();
      }
    }),
  );
}

function between([low, high]: [number, number]): number {
  return low + Math.random() * (high - low);
}
