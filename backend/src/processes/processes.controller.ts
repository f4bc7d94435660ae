import { Controller, type MessageEvent, Sse } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { ClientAccess, CurrentIdentity, PassiveSession } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { ProcessChangesService } from './process-changes.service.js';

@ApiTags('processes')
@ClientAccess()
@Controller('processes')
export class ProcessesController {
  constructor(private readonly changes: ProcessChangesService) {}

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
