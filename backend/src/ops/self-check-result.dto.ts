import { ApiProperty } from '@nestjs/swagger';
import type { SelfCheckResult } from '@qoltanba/workflows/messages';

export class SelfCheckResultDto implements SelfCheckResult {
  @ApiProperty({ example: 'self-check-3f0c…' })
  workflowId!: string;

  @ApiProperty()
  checkId!: string;

  @ApiProperty({ example: '4242@worker-1' })
  workerIdentity!: string;

  @ApiProperty({ description: 'Database time at which the worker recorded the check' })
  recordedAt!: string;
}
