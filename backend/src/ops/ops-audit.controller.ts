import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { StaffAccess } from '../access/access.decorators.js';
import { OPERATIONS_ROLES } from '../access/identity.js';
import { OpsAuditPage, OpsAuditQuery } from './dto/ops-audit.dto.js';
import { OpsPlatformView } from './dto/ops-platform.view.js';
import { OpsAuditService } from './ops-audit.service.js';
import { OpsPlatformService } from './ops-platform.service.js';

/** The audit log and the platform's state, for operators and auditors alike (nothing here acts). */
@ApiTags('ops')
@StaffAccess(...OPERATIONS_ROLES)
@Controller('ops')
export class OpsAuditController {
  constructor(
    private readonly audit: OpsAuditService,
    private readonly platform: OpsPlatformService,
  ) {}

  @Get('audit')
  @ApiOkResponse({ type: OpsAuditPage })
  @ApiOperation({ summary: 'Every staff and client act, newest first, filtered' })
  list(@Query() query: OpsAuditQuery): Promise<OpsAuditPage> {
    return this.audit.list(query);
  }

  @Get('audit.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The filtered audit log as CSV', schema: { type: 'string' } })
  @ApiOperation({ summary: 'The filtered audit log as CSV (UTF-8, at most 50,000 rows)' })
  async csv(@Query() query: OpsAuditQuery): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.audit.csv(query), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit.csv"',
    });
  }

  @Get('platform')
  @ApiOkResponse({ type: OpsPlatformView })
  @ApiOperation({ summary: 'Health, the last self-check, and the task queue’s workers and backlog' })
  platformState(): Promise<OpsPlatformView> {
    return this.platform.view();
  }
}
