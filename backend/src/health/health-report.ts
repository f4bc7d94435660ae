import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type ComponentStatus = 'up' | 'down' | 'unknown';

export class ComponentHealth {
  @ApiProperty({ enum: ['up', 'down', 'unknown'] })
  status!: ComponentStatus;

  @ApiPropertyOptional({ description: 'Round-trip time of the probe' })
  latencyMs?: number;

  @ApiPropertyOptional({ description: 'Why the component is not up: unreachable, timeout, no live worker…' })
  reason?: string;
}

export class WorkerHealth extends ComponentHealth {
  @ApiPropertyOptional({ description: 'Worker processes that reported in within the staleness window' })
  liveWorkers?: number;
}

export class HealthComponents {
  @ApiProperty({ type: ComponentHealth }) postgres!: ComponentHealth;
  @ApiProperty({ type: ComponentHealth }) temporal!: ComponentHealth;
  @ApiProperty({ type: WorkerHealth }) worker!: WorkerHealth;
}

export class HealthReport {
  @ApiProperty({ enum: ['up', 'degraded'], description: '`up` only when every component is up' })
  status!: 'up' | 'degraded';

  @ApiProperty()
  checkedAt!: string;

  @ApiProperty({ type: () => HealthComponents })
  components!: HealthComponents;
}
