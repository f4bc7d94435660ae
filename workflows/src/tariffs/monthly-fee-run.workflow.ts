import {
  CancellationScope,
  CancelledFailure,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { parseIsoDate } from '../domain/calendar/iso-date.js';
import { almatyDate } from '../domain/documents/document-deadline.js';
import { feeMonthOf, isFeeDue } from '../domain/tariffs/monthly-fee.js';
import { BANK_CALL, LOCAL_RECORDING } from '../process/activity-options.js';
import { ProcessRuntime } from '../process/process-runtime.js';
import type { MonthlyFeeActivities } from './monthly-fee-run.activities.js';
import type { FeeRunEnd, FeeRunInput, FeeRunState } from './monthly-fee-run.messages.js';

const { recordFeeRun } = proxyLocalActivities<MonthlyFeeActivities>(LOCAL_RECORDING);
const { listFeesDue, chargeMonthlyFee } = proxyActivities<MonthlyFeeActivities>(BANK_CALL);

const PAGE = 100;
/**
 * Runs cancelled from Temporal end CANCELLED, projected. Those cancelled before ended as bare
 * cancelled workflows, their row left RUNNING, and replay so.
 */
const CANCELLATION_PROJECTED = 'fee-run-cancellation-projected';
/** Organizations one run charges before continuing as new, so its history stays small (input.perRun). */
const PER_RUN = 1_000;

/**
 * One day's run of the monthly fee (the `monthly-fee` Temporal Schedule starts one every morning in
 * Almaty): from the month's first working day on, every organization whose fee for the month is not
 * charged yet is charged through the bank — so a charge refused for want of funds is tried again
 * the next day, and a charged month is never charged twice.
 */
export async function monthlyFeeRunWorkflow(input: FeeRunInput = {}): Promise<FeeRunState> {
  const startedAt = new Date().toISOString();
  const date = input.date ?? almatyDate(startedAt);
  const day = parseIsoDate(date);
  if (!day) throw new Error(`not a date: ${date}`);
  const run = new ProcessRuntime<FeeRunState>({
    initial: {
      runId: workflowInfo().workflowId,
      processId: input.processId ?? uuid4(),
      date,
      month: feeMonthOf(day),
      status: 'RUNNING',
      tally: input.tally ?? { charged: 0, failed: 0, skipped: 0 },
      startedAt,
      timeline: [{ seq: 1, event: 'STARTED', status: 'RUNNING', at: startedAt }],
    },
    // A run continued as new goes on with the process its first run projected.
    projected: input.after !== undefined,
    visibility: (state) => ({
      type: 'tariff-run',
      status: state.status,
      awaiting: state.status === 'RUNNING' ? 'SYSTEM' : 'NOBODY',
    }),
    project: (next, _previous, writtenAt) => recordFeeRun(next, writtenAt),
  });
  const tally = { ...run.state.tally };

  const charge = async (): Promise<void> => {
    if (!isFeeDue(day)) {
      await finish(run, 'NOT_DUE');
      return;
    }
    const perRun = Math.max(1, input.perRun ?? PER_RUN);
    const page = Math.min(PAGE, perRun);
    let after = input.after ?? null;
    for (let done = 0; done < perRun;) {
      const due = await listFeesDue({ month: run.state.month, after, limit: page });
      for (const organizationId of due) {
        const outcome = await chargeMonthlyFee({ organizationId, month: run.state.month });
        if (outcome.status === 'CHARGED') tally.charged++;
        else if (outcome.status === 'FAILED') tally.failed++;
        else tally.skipped++;
      }
      done += due.length;
      if (due.length < page) {
        await finish(run, 'DONE', tally);
        return;
      }
      after = due.at(-1)!;
    }
    // A cancellation that came with the last charge's answer would not stop `continueAsNew`: the next
    // run would never hear of it.
    if (CancellationScope.current().consideredCancelled && patched(CANCELLATION_PROJECTED))
      throw new CancelledFailure('Cancelled from outside');
    await continueAsNew<typeof monthlyFeeRunWorkflow>({
      date,
      after,
      tally,
      processId: run.state.processId,
      ...(input.perRun ? { perRun: input.perRun } : {}),
    });
  };

  // Cancelled from Temporal's console, the run stops where it is and ends CANCELLED with its tally:
  // every charge is its own, made once by the bank, and the month's following runs charge what this
  // one did not. A charge the cancellation cut may still be booked: the month's charges say what
  // was taken.
  return run.run(charge, async () => {
    if (!patched(CANCELLATION_PROJECTED)) throw new CancelledFailure('Cancelled from outside');
    if (run.state.status === 'RUNNING') return finish(run, 'CANCELLED', tally);
    // Its own end (DONE, NOT_DUE), whose write the cancellation cut (the only wait after it), stands:
    // `run` wrote it again; runs from before it did wrote it here.
    await run.recordCutTransition();
    return run.state;
  });
}

async function finish(
  run: ProcessRuntime<FeeRunState>,
  status: FeeRunEnd,
  tally = run.state.tally,
): Promise<FeeRunState> {
  const at = new Date().toISOString();
  const state = run.state;
  return run.commit({
    ...state,
    status,
    tally,
    timeline: [...state.timeline, { seq: state.timeline.length + 1, event: status, status, at }],
  });
}
