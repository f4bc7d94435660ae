import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  type StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, ManagerAccess } from '../access/access.decorators.js';
import type { StaffIdentity } from '../access/identity.js';
import { ParseUuidParam } from '../common/validation/path-params.js';
import {
  CancelRegistrationDto,
  IssueRegistrationCredentialsDto,
  StartReissueDto,
} from './dto/registration-steps.dto.js';
import { ReissueSummaryView, ReissueView, toReissueView } from './dto/reissue.view.js';
import {
  RegistrationCredentialsView,
  RegistrationSummaryView,
  RegistrationView,
  toRegistrationView,
} from './dto/registration.view.js';
import { toPdfAttachment } from './envelope/pin-envelope.file.js';
import { PinEnvelopeService } from './envelope/pin-envelope.service.js';
import { RegistrationCredentialsService } from './registration-credentials.service.js';
import { TokenRegistrationsService } from './token-registrations.service.js';
import { TokenReissuesService } from './token-reissues.service.js';

/**
 * Managers issue the registration user ID (or print the whole PIN envelope), start reissues, and
 * follow (or cancel) a user's registrations.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class RegistrationsManagerController {
  constructor(
    private readonly credentials: RegistrationCredentialsService,
    private readonly registrations: TokenRegistrationsService,
    private readonly reissues: TokenReissuesService,
    private readonly envelopes: PinEnvelopeService,
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

  @Post('users/:id/registration-envelope')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiCreatedResponse({
    description: 'The PIN envelope, one page of PDF: the only time the new card’s PIN leaves the server',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({
    summary:
      'Print the PIN envelope: a new OTP card (replacing a live device) and the registration user ID, as a PDF',
  })
  async issueEnvelope(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) userId: string,
    @Body() dto: IssueRegistrationCredentialsDto,
  ): Promise<StreamableFile> {
    return toPdfAttachment(await this.envelopes.issue(manager, userId, dto.validityDays));
  }

  @Get('users/:id/registrations')
  @ApiOkResponse({ type: [RegistrationSummaryView] })
  @ApiOperation({ summary: "A user's token registrations, newest first, with the step each is at" })
  list(@Param('id', ParseUuidParam) userId: string): Promise<RegistrationSummaryView[]> {
    return this.registrations.listForUser(userId);
  }

  @Post('users/:id/reissues')
  @ApiOkResponse({ type: ReissueView })
  @ApiOperation({
    summary:
      'Start a token reissue for the client (lost PIN, expiring or compromised key); they continue it in the wizard',
  })
  async startReissue(
    @CurrentIdentity() manager: StaffIdentity,
    @Param('id', ParseUuidParam) userId: string,
    @Body() dto: StartReissueDto,
  ): Promise<ReissueView> {
    return toReissueView(await this.reissues.startByManager(manager, userId, dto.reason));
  }

  @Get('users/:id/reissues')
  @ApiOkResponse({ type: [ReissueSummaryView] })
  @ApiOperation({ summary: "A user's token reissues, newest first, with the step each is at" })
  listReissues(@Param('id', ParseUuidParam) userId: string): Promise<ReissueSummaryView[]> {
    return this.reissues.listForUser(userId);
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
