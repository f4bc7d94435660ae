import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HealthReport } from '../../health/health-report.js';

export class PollerView {
  @ApiProperty({ description: 'The worker polling (pid@host-suffix)' }) identity!: string;
  @ApiPropertyOptional() lastAccessAt?: string;
}

/** One of the platform's task queues as Temporal reports it: who polls it, how much waits. */
export class TaskQueueView {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['WORKFLOW', 'ACTIVITY'] }) kind!: 'WORKFLOW' | 'ACTIVITY';
  @ApiProperty({ type: [PollerView] }) pollers!: PollerView[];
  @ApiProperty({ nullable: true, type: Number, description: 'Tasks waiting for a worker (a hint)' })
  backlog!: number | null;
}

export class LastSelfCheckView {
  @ApiProperty() ok!: boolean;
  @ApiProperty() at!: string;
  @ApiProperty() workerIdentity!: string;
}

export class OpsPlatformView {
  @ApiProperty({ type: HealthReport }) health!: HealthReport;
  @ApiProperty({ nullable: true, type: LastSelfCheckView }) selfCheck!: LastSelfCheckView | null;
  @ApiProperty({ type: [TaskQueueView], description: 'Empty when Temporal cannot be reached' })
  taskQueues!: TaskQueueView[];
  @ApiProperty() temporalUiUrl!: string;
}
