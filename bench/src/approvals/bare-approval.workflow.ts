import {
  allHandlersFinished,
  condition,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';

/**
 * The baseline: a workflow with the same shape as a payment document's path — three updates, the
 * same twelve local activities and one remote activity — doing no database work at all. The
 * platform's throughput is reported as a ratio of this one's, on the same server and machine.
 */
export interface BareActivities {
  step(): Promise<void>;
  dispatch(): Promise<void>;
}

export const bareSubmit = defineUpdate<number>('bareSubmit');
export const bareSign = defineUpdate<number, [string]>('bareSign');

const local = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });
const remote = proxyActivities<BareActivities>({ startToCloseTimeout: '15 seconds' });

export async function bareApproval(): Promise<number> {
  let signatures = 0;
  setHandler(bareSubmit, async () => {
    await local.step();
    await local.step();
    return signatures;
  });
  setHandler(bareSign, async () => {
    await local.step();
    await local.step();
    await local.step();
    return ++signatures;
  });
  await local.step();
  await condition(() => signatures === 2);
  await remote.dispatch();
  await local.step();
  await local.step();
  await local.step();
  await condition(allHandlersFinished);
  return signatures;
}
