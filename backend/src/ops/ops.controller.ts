import { Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffAccess } from '../access/access.decorators.js';
import { SelfCheckResultDto } from './self-check-result.dto.js';
import { SelfCheckService } from './self-check.service.js';

@ApiTags('ops')
@StaffAccess('OPERATOR')
@Controller('ops')
export class OpsController {
  constructor(private readonly selfChecks: SelfCheckService) {}

  @Post('self-checks')
  @ApiOperation({ summary: 'Run a workflow through a worker to PostgreSQL and back, and report it' })
  @ApiCreatedResponse({ type: SelfCheckResultDto })
  runSelfCheck(): Promise<SelfCheckResultDto> {
    return this.selfChecks.run();
  }
}
