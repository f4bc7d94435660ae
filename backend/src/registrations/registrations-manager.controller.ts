import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, StaffAccess } from '../access/access.decorators.js';
import type { StaffIdentity } from '../access/identity.js';
import { ParseUuidParam } from '../common/validation/path-params.js';
import { CancelRegistrationDto, IssueRegistrationCredentialsDto } from './dto/registration-steps.dto.js';
import {
  RegistrationCredentialsView,
  RegistrationSummaryView,
  RegistrationView,
  toRegistrationView,
} from './dto/registration.view.js';
import { RegistrationCredentialsService } from './registration-credentials.service.js';
import { TokenRegistrationsService } from './token-registrations.service.js';

/** Managers issue the registration user ID and follow (or cancel) a user's registrations. */
@ApiTags('manager')
@StaffAccess('MANAGER')
@Controller('manager')
export class RegistrationsManagerController {
  constructor(
    private readonly credentials: RegistrationCredentialsService,
    private readonly registrations: TokenRegistrationsService,
  ) {}

  @Post('users/:id/registration-credentials')
  @ApiOkResponse({ type: RegistrationCredentialsView })
  @ApiOperation({ summary: "Issue the user's registration user ID (their OTP card's PIN goes with it)" })
  issue(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) userId: string,
    @Body() dto: IssueRegistrationCredentialsDto,
  ): Promise<RegistrationCredentialsView> {
    return this.credentials.issue(manager, userId, dto.validityDays);
  }

  @Get('users/:id/registrations')
  @ApiOkResponse({ type: [RegistrationSummaryView] })
  @ApiOperation({ summary: "A user's token registrations, newest first, with the step each is at" })
  list(@Param('id', ParseUuidParam) userId: string): Promise<RegistrationSummaryView[]> {
    return this.registrations.listForUser(userId);
  }

  @Post('registrations/:id/cancellation')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({ summary: 'Cancel a registration for the client; what was issued for it is revoked' })
  async cancel(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) registrationId: string,
    @Body() dto: CancelRegistrationDto,
  ): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.cancelByManager(manager, registrationId, dto));
  }
}
