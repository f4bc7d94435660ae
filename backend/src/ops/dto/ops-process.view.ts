import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AWAITED_PARTIES,
  type AwaitedParty,
  PROCESS_TYPES,
  type ProcessType,
} from '@qoltanba/workflows/domain';

export class BrokenMarkView {
  @ApiProperty() staffId!: string;
  @ApiProperty() at!: string;
  @ApiProperty() reason!: string;
}

export class OpsOrganizationView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() binIin!: string;
}

/** A process as operators see it in lists: what it is, whose, where it is and who must act. */
export class OpsProcessView {
  @ApiProperty() id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: PROCESS_TYPES }) type!: ProcessType;
  @ApiProperty({ nullable: true, type: String }) kind!: string | null;
  @ApiProperty({ nullable: true, type: OpsOrganizationView }) organization!: OpsOrganizationView | null;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Names the process without a language: a number and a payee, say' })
  title!: string;
  @ApiProperty({ enum: AWAITED_PARTIES }) awaiting!: AwaitedParty;
  @ApiPropertyOptional({ description: 'Who exactly is awaited, in the process’s own terms' })
  awaitingDetail?: unknown;
  @ApiPropertyOptional({
    type: BrokenMarkView,
    description: 'Marked broken by an operator: it may be terminated',
  })
  broken?: BrokenMarkView;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ description: 'The last transition' }) updatedAt!: string;
}

export class OpsProcessPage {
  @ApiProperty({ type: [OpsProcessView] }) items!: OpsProcessView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class OpsProcessCount {
  @ApiProperty({ enum: PROCESS_TYPES }) type!: ProcessType;
  @ApiProperty() status!: string;
  @ApiProperty({ enum: AWAITED_PARTIES }) awaiting!: AwaitedParty;
  @ApiProperty() count!: number;
}

/** An activity Temporal keeps trying: how many times so far, why the last failed, when the next. */
export class PendingActivityView {
  @ApiProperty() activityId!: string;
  @ApiProperty() activityType!: string;
  @ApiProperty({ description: 'SCHEDULED, STARTED, CANCEL_REQUESTED, PAUSED…' }) state!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty({ description: '0: no limit' }) maximumAttempts!: number;
  @ApiPropertyOptional() lastFailure?: string;
  @ApiPropertyOptional() lastAttemptAt?: string;
  @ApiPropertyOptional() nextAttemptAt?: string;
}

export class StuckProcessView extends OpsProcessView {
  @ApiProperty({ description: 'Seconds since its last transition' }) waitingSeconds!: number;
  @ApiProperty({ type: [PendingActivityView] }) activities!: PendingActivityView[];
}

export class StepThresholdView {
  @ApiProperty({ enum: PROCESS_TYPES }) type!: ProcessType;
  @ApiProperty() status!: string;
  @ApiProperty() seconds!: number;
}

/** Processes stuck on the system (the bank, an activity), apart from those left waiting for a person. */
export class StuckProcessesView {
  @ApiProperty({ description: 'The threshold of every step without one of its own' })
  stuckAfterSeconds!: number;
  @ApiProperty({
    type: [StepThresholdView],
    description: 'Steps with a threshold of their own (OPS_STUCK_THRESHOLDS)',
  })
  stepThresholds!: StepThresholdView[];
  @ApiProperty() abandonedAfterHours!: number;
  @ApiProperty({ type: [StuckProcessView] }) onSystem!: StuckProcessView[];
  @ApiProperty({ type: [StuckProcessView] }) onPerson!: StuckProcessView[];
}

/** One entry of the Temporal history, told by kind (the console says it in words). */
export class HistoryEntryView {
  @ApiProperty() eventId!: number;
  @ApiProperty() at!: string;
  @ApiProperty({
    description:
      'STARTED, ACTIVITY_SCHEDULED, ACTIVITY_COMPLETED, ACTIVITY_FAILED, ACTIVITY_TIMED_OUT, LOCAL_ACTIVITY, TIMER_STARTED, TIMER_FIRED, UPDATE_ACCEPTED, UPDATE_COMPLETED, SIGNALED, CANCEL_REQUESTED, COMPLETED, FAILED, CANCELED, TERMINATED, CONTINUED_AS_NEW, TIMED_OUT',
  })
  kind!: string;
  @ApiPropertyOptional({ description: 'The activity, update or signal concerned' }) name?: string;
  @ApiPropertyOptional() attempt?: number;
  @ApiPropertyOptional() failure?: string;
}

export class OpsTimelineEntryView {
  @ApiProperty() at!: string;
  @ApiProperty({ enum: ['PROCESS', 'OPERATOR'] }) source!: 'PROCESS' | 'OPERATOR';
  @ApiProperty({ description: "The process's event, or the operator's action" }) event!: string;
  @ApiPropertyOptional() status?: string;
  @ApiPropertyOptional() actor?: unknown;
  @ApiPropertyOptional() details?: unknown;
}

export class TemporalExecutionView {
  @ApiProperty({
    description: 'RUNNING, COMPLETED, FAILED, CANCELLED, TERMINATED, CONTINUED_AS_NEW, TIMED_OUT',
  })
  status!: string;
  @ApiProperty() runId!: string;
  @ApiProperty() historyLength!: number;
  @ApiProperty({ type: [PendingActivityView] }) activities!: PendingActivityView[];
  @ApiProperty({ type: [HistoryEntryView] }) history!: HistoryEntryView[];
  @ApiProperty() uiUrl!: string;
}

export class OpsProcessDetailView extends OpsProcessView {
  @ApiProperty({ type: [OpsTimelineEntryView] }) timeline!: OpsTimelineEntryView[];
  @ApiPropertyOptional({
    type: TemporalExecutionView,
    description: 'Absent when Temporal no longer holds it (past retention)',
  })
  temporal?: TemporalExecutionView;
}
