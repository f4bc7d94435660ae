import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManagerAccess } from '../access/access.decorators.js';
import { UuidParam } from '../common/validation/path-params.js';
import { ReissueSummaryView } from './dto/reissue.view.js';
import { RegistrationSummaryView } from './dto/registration.view.js';
import { TokenRegistrationsService } from './token-registrations.service.js';
import { TokenReissuesService } from './token-reissues.service.js';

/**
 * Managers follow a user's registrations and reissues. Issuing the registration user ID (or the
 * whole PIN envelope), starting a reissue and cancelling a registration are change requests a
 * second manager checks.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class RegistrationsManagerController {
  constructor(
    private readonly registrations: TokenRegistrationsService,
    private readonly reissues: TokenReissuesService,
  ) {}

  @Get('users/:id/registrations')
  @ApiOkResponse({ type: [RegistrationSummaryView] })
  @ApiOperation({ summary: "A user's token registrations, newest first, with the step each is at" })
  list(@UuidParam('id') userId: string): Promise<RegistrationSummaryView[]> {
    return this.registrations.listForUser(userId);
  }

  @Get('users/:id/reissues')
  @ApiOkResponse({ type: [ReissueSummaryView] })
  @ApiOperation({ summary: "A user's token reissues, newest first, with the step each is at" })
  listReissues(@UuidParam('id') userId: string): Promise<ReissueSummaryView[]> {
    return this.reissues.listForUser(userId);
  }
}
