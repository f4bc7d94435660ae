import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { optionalTsToMs } from '@temporalio/common/lib/time.js';
// A CommonJS module: its namespace comes as the default export under Node's ESM.
import proto from '@temporalio/proto';
import type { HistoryEntryView, PendingActivityView } from './dto/ops-process.view.js';

const { EventType, PendingActivityState } = proto.temporal.api.enums.v1;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

/** The history entries the console shows: the latest ones, enough to see a failing loop. */
const HISTORY_SHOWN = 200;

export interface ExecutionInspection {
  status: string;
  runId: string;
  historyLength: number;
  activities: PendingActivityView[];
  history: HistoryEntryView[];
}

const iso = (ts: Parameters<typeof optionalTsToMs>[0]) => {
  const ms = optionalTsToMs(ts);
  return ms === undefined ? undefined : new Date(ms).toISOString();
};

/** An enum value's name without its prefix: `PENDING_ACTIVITY_STATE_STARTED` → `STARTED`. */
const enumName = (names: Record<number, string>, value: number | null | undefined, prefix: string) =>
  (names[value ?? 0] ?? 'UNSPECIFIED').replace(prefix, '');

/**
 * What Temporal itself knows of a process: its execution's status, the activities it keeps retrying
 * (attempts, last failure, next attempt) and its history told as kinds of step — the read model
 * says where the process is, this says what the engine is doing about it.
 */
@Injectable()
export class ProcessInspection {
  constructor(private readonly temporal: Client) {}

  /** Undefined when Temporal no longer holds the execution (past its retention). */
  async inspect(workflowId: string, withHistory: boolean): Promise<ExecutionInspection | undefined> {
    const handle = this.temporal.workflow.getHandle(workflowId);
    try {
      const description = await handle.describe();
      const activities = pendingActivities(description.raw.pendingActivities ?? []);
      const history = withHistory ? historyEntries((await handle.fetchHistory()).events ?? []) : [];
      return {
        status: description.status.name,
        runId: description.runId,
        historyLength: description.historyLength,
        activities,
        history,
      };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }

  /**
   * Resets the backoff of the process's failing activities: each is tried again at once, its
   * attempts counted afresh. Answers how many were reset.
   */
  async retryNow(workflowId: string, identity: string): Promise<number> {
    const inspection = await this.inspect(workflowId, false);
    const failing = (inspection?.activities ?? []).filter((activity) => activity.attempt > 1);
    for (const activity of failing)
      await this.temporal.workflowService.resetActivity({
        namespace: this.temporal.options.namespace,
        execution: { workflowId },
        id: activity.activityId,
        identity,
      });
    return failing.length;
  }
}

function pendingActivities(
  raw: proto.temporal.api.workflow.v1.IPendingActivityInfo[],
): PendingActivityView[] {
  return raw.map((activity) => ({
    activityId: activity.activityId ?? '',
    activityType: activity.activityType?.name ?? '',
    state: enumName(PendingActivityState, activity.state, 'PENDING_ACTIVITY_STATE_'),
    attempt: activity.attempt ?? 1,
    maximumAttempts: activity.maximumAttempts ?? 0,
    ...(activity.lastFailure?.message ? { lastFailure: activity.lastFailure.message } : {}),
    // Between retries Temporal keeps when the last attempt ended, not when it started.
    ...(lastAttempt(activity) ? { lastAttemptAt: lastAttempt(activity)! } : {}),
    ...(iso(activity.nextAttemptScheduleTime)
      ? { nextAttemptAt: iso(activity.nextAttemptScheduleTime)! }
      : {}),
  }));
}

const lastAttempt = (activity: proto.temporal.api.workflow.v1.IPendingActivityInfo) =>
  iso(activity.lastAttemptCompleteTime) ?? iso(activity.lastStartedTime);

/** The history without the engine's own bookkeeping (workflow tasks), newest last. */
export function historyEntries(events: readonly HistoryEvent[]): HistoryEntryView[] {
  const activityNames = new Map<string, string>();
  const entries: HistoryEntryView[] = [];
  for (const event of events) {
    const base = { eventId: Number(event.eventId ?? 0), at: iso(event.eventTime) ?? '' };
    const entry = describe(event, activityNames);
    if (entry) entries.push({ ...base, ...entry });
  }
  return entries.slice(-HISTORY_SHOWN);
}

function describe(
  event: HistoryEvent,
  activityNames: Map<string, string>,
): Omit<HistoryEntryView, 'eventId' | 'at'> | undefined {
  const activity = (scheduledEventId: unknown) => activityNames.get(String(scheduledEventId)) ?? '';
  switch (event.eventType) {
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
      return {
        kind: 'STARTED',
        name: event.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '',
      };
    case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
      const name = event.activityTaskScheduledEventAttributes?.activityType?.name ?? '';
      activityNames.set(String(event.eventId), name);
      return { kind: 'ACTIVITY_SCHEDULED', name };
    }
    case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
      return {
        kind: 'ACTIVITY_COMPLETED',
        name: activity(event.activityTaskCompletedEventAttributes?.scheduledEventId),
      };
    case EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: {
      const attributes = event.activityTaskFailedEventAttributes;
      return {
        kind: 'ACTIVITY_FAILED',
        name: activity(attributes?.scheduledEventId),
        failure: attributes?.failure?.message ?? '',
      };
    }
    case EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT:
      return {
        kind: 'ACTIVITY_TIMED_OUT',
        name: activity(event.activityTaskTimedOutEventAttributes?.scheduledEventId),
      };
    case EventType.EVENT_TYPE_MARKER_RECORDED:
      return { kind: 'LOCAL_ACTIVITY' };
    case EventType.EVENT_TYPE_TIMER_STARTED:
      return { kind: 'TIMER_STARTED' };
    case EventType.EVENT_TYPE_TIMER_FIRED:
      return { kind: 'TIMER_FIRED' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
      return {
        kind: 'UPDATE_ACCEPTED',
        name: event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? '',
      };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
      return { kind: 'UPDATE_COMPLETED' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
      return { kind: 'SIGNALED', name: event.workflowExecutionSignaledEventAttributes?.signalName ?? '' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED:
      return { kind: 'CANCEL_REQUESTED' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
      return { kind: 'COMPLETED' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
      return {
        kind: 'FAILED',
        failure: event.workflowExecutionFailedEventAttributes?.failure?.message ?? '',
      };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED:
      return { kind: 'CANCELED' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED:
      return { kind: 'TERMINATED', failure: event.workflowExecutionTerminatedEventAttributes?.reason ?? '' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
      return { kind: 'CONTINUED_AS_NEW' };
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT:
      return { kind: 'TIMED_OUT' };
    default:
      return undefined;
  }
}
