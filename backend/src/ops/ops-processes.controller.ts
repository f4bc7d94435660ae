import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, StaffAccess } from '../access/access.decorators.js';
import { OPERATIONS_ROLES, type StaffIdentity } from '../access/identity.js';
import { UuidParam } from '../common/validation/path-params.js';
import { OpsProcessesQuery, ReasonDto } from './dto/ops-process.query.js';
import {
  OpsProcessCount,
  OpsProcessDetailView,
  OpsProcessPage,
  StuckProcessesView,
} from './dto/ops-process.view.js';
import { OpsProcessesService } from './ops-processes.service.js';

/**
 * The operations console's processes: operators and auditors read every process of every kind;
 * only operators act, and only by the process's own rules (try a failing step again now).
 */
@ApiTags('ops')
@StaffAccess(...OPERATIONS_ROLES)
@Controller('ops/processes')
export class OpsProcessesController {
  constructor(private readonly processes: OpsProcessesService) {}

  @Get()
  @ApiOkResponse({ type: OpsProcessPage })
  @ApiOperation({
    summary: 'Every process, last moved first; filters by kind, status, awaited party, client, and a search',
  })
  list(@Query() query: OpsProcessesQuery): Promise<OpsProcessPage> {
    return this.processes.list(query);
  }

  @Get('counts')
  @ApiOkResponse({ type: [OpsProcessCount] })
  @ApiOperation({ summary: 'How many processes of each kind are in each status' })
  counts(): Promise<OpsProcessCount[]> {
    return this.processes.counts();
  }

  @Get('stuck')
  @ApiOkResponse({ type: StuckProcessesView })
  @ApiOperation({
    summary:
      'Processes waiting on the system past OPS_STUCK_AFTER_SECONDS (with the activities Temporal keeps retrying), and those left waiting on a person past OPS_ABANDONED_AFTER_HOURS',
  })
  stuck(): Promise<StuckProcessesView> {
    return this.processes.stuck();
  }

  @Get(':id')
  @ApiOkResponse({ type: OpsProcessDetailView })
  @ApiOperation({
    summary: 'One process: its timeline (operators’ actions included) and what Temporal is doing',
  })
  detail(@UuidParam('id') id: string): Promise<OpsProcessDetailView> {
    return this.processes.detail(id);
  }

  @Post(':id/retry')
  @StaffAccess('OPERATOR')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OpsProcessDetailView })
  @ApiOperation({
    summary: 'Try the process’s failing steps again now (their backoff reset), with a reason; audited',
  })
  retry(
    @CurrentIdentity() operator: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<OpsProcessDetailView> {
    return this.processes.retryNow(operator, id, dto.reason);
  }

  @Post(':id/broken')
  @StaffAccess('OPERATOR')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OpsProcessDetailView })
  @ApiOperation({
    summary:
      'Mark a process broken (its workflow fails beyond its own rules), with a reason; audited. Only such a process may be terminated',
  })
  markBroken(
    @CurrentIdentity() operator: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
  ): Promise<OpsProcessDetailView> {
    return this.processes.markBroken(operator, id, dto.reason);
  }
}
