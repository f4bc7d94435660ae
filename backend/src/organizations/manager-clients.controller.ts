import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManagerAccess } from '../access/access.decorators.js';
import { UuidParam } from '../common/validation/path-params.js';
import { ClientOverviewView, ClientSearchPage, ClientSearchQuery } from './dto/manager-client.view.js';
import { ManagerClientsService } from './manager-clients.service.js';

/**
 * Bank managers find and read their clients here; every change to one (onboarding included) is a
 * change request that a second manager checks: `POST /api/manager/change-requests`.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager/organizations')
export class ManagerClientsController {
  constructor(private readonly clients: ManagerClientsService) {}

  @Get()
  @ApiOkResponse({ type: ClientSearchPage })
  @ApiOperation({ summary: 'Find clients by BIN/IIN, name, account IBAN or a user’s phone; newest first' })
  search(@Query() query: ClientSearchQuery): Promise<ClientSearchPage> {
    return this.clients.search(query);
  }

  @Get(':id/overview')
  @ApiOkResponse({ type: ClientOverviewView })
  @ApiOperation({
    summary:
      'A client whole: accounts, users with their rights, channels, OTP devices, certificates, token registrations and reissues',
  })
  overview(@UuidParam('id') id: string): Promise<ClientOverviewView> {
    return this.clients.overview(id);
  }
}
