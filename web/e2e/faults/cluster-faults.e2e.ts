import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { FAULT_KINDS, runChaos, startChaosCluster } from '@qoltanba/testing/chaos';
import { E2E_ARTIFACTS } from '@qoltanba/testing/e2e-platform';

/**
 * The short fault run (`npm run chaos` is the long one): a cluster of its own under a steady load of
 * payments while each fault strikes once, in a random order.
 */
describe('the local cluster under faults', () => {
  it('finishes every payment, each executed by the bank exactly once, while a worker, an API replica, Temporal and PostgreSQL each fail once, answering outages 503 with Retry-After', async () => {
    const cluster = await startChaosCluster();
    let passed = false;
    try {
      const faults = [...FAULT_KINDS].sort(() => Math.random() - 0.5);
      const report = await runChaos({
        platform: cluster.platform,
        documents: 20,
        concurrency: 4,
        faults,
        gapMs: [500, 2_000],
        log: (line) => process.stdout.write(`${line}\n`),
      });

      expect(report.faults.map((fault) => fault.kind)).toEqual(faults);
      expect(report.verdict).toMatchObject({
        lost: [],
        notFinal: [],
        neverBooked: [],
        bookedTwice: [],
        duplicates: 0,
        byStatus: { EXECUTED: report.documents },
      });
      expect(report.tally.faults).toEqual([]);
      // The outages were seen by the load, not slept through.
      expect(report.documents).toBeGreaterThanOrEqual(20);
      passed = true;
    } finally {
      // A failed run keeps the processes' output, where its answers' request ids lead; so does a run
      // in which a part crashed by itself (not failed for it yet: one such crash, of a worker on a
      // PostgreSQL restart, was seen once and never reproduced).
      const crashes = cluster.crashes();
      if (crashes.length) process.stdout.write(`Crashed by themselves: ${crashes.join('; ')}\n`);
      const keep = !passed || crashes.length > 0;
      await cluster.stop(keep ? join(E2E_ARTIFACTS, 'cluster-faults', 'platform.log') : undefined);
    }
  }, 600_000);
});
