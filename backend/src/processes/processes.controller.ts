import { Controller, Get, type MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { ClientAccess, CurrentIdentity, PassiveSession } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { ListProcessesQuery } from './dto/list-processes.query.js';
import { ProcessPage } from './dto/process-summary.view.js';
import { ProcessChangesService } from './process-changes.service.js';
import { ProcessesQueryService } from './processes-query.service.js';

@ApiTags('processes')
@ClientAccess()
@Controller('processes')
export class ProcessesController {
  constructor(
    private readonly changes: ProcessChangesService,
    private readonly queries: ProcessesQueryService,
  ) {}

  @Get()
  @ApiOkResponse({ type: ProcessPage })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({
    summary: 'My applications: every payment and application the organization sent, newest first',
  })
  list(
    @CurrentIdentity() identity: ClientIdentity,
    @Query() query: ListProcessesQuery,
  ): Promise<ProcessPage> {
    return this.queries.list(identity, query);
  }

  @Sse('events')
  @PassiveSession()
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({
    summary:
      "Server-sent events: a `process` event `{ processId, processType, organizationId, status, seq }` each time one of the organization's processes changes",
  })
  events(@CurrentIdentity() identity: ClientIdentity): Observable<MessageEvent> {
    return this.changes.stream(identity.organizationId);
  }
}
