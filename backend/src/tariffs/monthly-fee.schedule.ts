import { monthlyFeeRunWorkflow } from '@qoltanba/workflows';
import { MONTHLY_FEE_RUN_PREFIX, MONTHLY_FEE_SCHEDULE_ID } from '@qoltanba/workflows/messages';
import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';

/** Every morning at 06:00 in Almaty; a run that finds the fee not yet due does nothing. */
const MONTHLY_FEE_SPEC = {
  calendars: [{ hour: 6, minute: 0, comment: 'every day, 06:00' }],
  timezone: 'Asia/Almaty',
};

/**
 * The Temporal Schedule that charges the monthly fee: created by the first worker that starts, and
 * brought up to date by the others (another worker's identical schedule is not an error). A day the
 * cluster was down is caught up within a day; runs never overlap.
 */
export async function ensureMonthlyFeeSchedule(client: Client, taskQueue: string): Promise<void> {
  const action = {
    type: 'startWorkflow' as const,
    workflowType: monthlyFeeRunWorkflow,
    workflowId: MONTHLY_FEE_RUN_PREFIX,
    taskQueue,
    args: [{}] as [object],
  };
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' };
  try {
    await client.schedule.create({
      scheduleId: MONTHLY_FEE_SCHEDULE_ID,
      spec: MONTHLY_FEE_SPEC,
      action,
      policies,
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule
      .getHandle(MONTHLY_FEE_SCHEDULE_ID)
      .update((previous) => ({ ...previous, spec: MONTHLY_FEE_SPEC, action, policies }));
  }
}
