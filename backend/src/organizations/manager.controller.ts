import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseUuidParam } from '../common/validation/path-params.js';
import { ManagerAccess } from '../access/access.decorators.js';
import { ClientOverviewView, ClientSearchQuery, ClientSummaryView } from './dto/manager-client.view.js';
import { ManagerClientsService } from './manager-clients.service.js';
import type { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

/**
 * Bank managers find and read their clients here; every change to one (onboarding included) is a
 * change request that a second manager checks: `POST /api/manager/change-requests`.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class ManagerController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly clients: ManagerClientsService,
  ) {}

  @Get('organizations')
  @ApiOkResponse({ type: [ClientSummaryView] })
  @ApiOperation({ summary: 'Find clients by BIN/IIN, name, account IBAN or a user’s phone; newest first' })
  search(@Query() query: ClientSearchQuery): Promise<ClientSummaryView[]> {
    return this.clients.search(query.q);
  }

  @Get('organizations/:id')
  getOrganization(@Param('id', ParseUuidParam) id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  @Get('organizations/:id/overview')
  @ApiOkResponse({ type: ClientOverviewView })
  @ApiOperation({
    summary: 'A client whole: accounts, users with their rights, channels, devices and certificates',
  })
  overview(@Param('id', ParseUuidParam) id: string): Promise<ClientOverviewView> {
    return this.clients.overview(id);
  }
}
