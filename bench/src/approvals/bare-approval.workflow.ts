import {
  allHandlersFinished,
  condition,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';

/**
 * The baseline: a workflow of the same shape as a payment document's path in the benchmark — created
 * and submitted by one update-with-start that waits for its first record, two sign updates each with
 * an evidence check and a record, the bank hand-off and its record — with no database work at all.
 * The platform's throughput is reported as a ratio of this one's, on the same server and machine.
 */
export interface BareActivities {
  step(): Promise<void>;
  dispatch(): Promise<void>;
}

export const bareReady = defineUpdate<number>('bareReady');
export const bareSign = defineUpdate<number, [string]>('bareSign');

const local = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });
const remote = proxyActivities<BareActivities>({ startToCloseTimeout: '15 seconds' });

export async function bareApproval(): Promise<number> {
  let signatures = 0;
  let recorded = false;
  setHandler(bareReady, async () => {
    await condition(() => recorded);
    return signatures;
  });
  setHandler(bareSign, async () => {
    await local.step(); // evidence check
    await local.step(); // record
    return ++signatures;
  });
  await local.step(); // record of creation
  recorded = true;
  await condition(() => signatures === 2);
  await remote.dispatch();
  await local.step(); // record of the bank's answer
  await condition(allHandlersFinished);
  return signatures;
}
