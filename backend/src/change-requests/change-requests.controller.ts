import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
  type StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { toPdfAttachment } from '../registrations/envelope/pin-envelope.file.js';
import { CurrentIdentity, ManagerAccess, StaffAccess } from '../access/access.decorators.js';
import type { StaffIdentity } from '../access/identity.js';
import { UuidParam } from '../common/validation/path-params.js';
import { ChangeCheckingSettingsService } from './change-checking-settings.service.js';
import { ChangeHandoversService } from './change-handovers.service.js';
import { ChangeRequestsService } from './change-requests.service.js';
import {
  AmendChangeRequestDto,
  ApproveChangeRequestDto,
  ChangeCheckingSettingsDto,
  EnvelopeParams,
  ListChangeRequestsQuery,
  RejectChangeRequestDto,
  SubmitChangeRequestDto,
} from './dto/change-request.dto.js';
import {
  ChangeCheckingSettingsView,
  ChangeRequestSummaryView,
  ChangeRequestView,
  HandoverView,
} from './dto/change-request.view.js';

/**
 * Every change a manager makes to a client is a change request that a second manager checks; the
 * bank's senior managers set how long requests wait and which low-risk types skip the check.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class ChangeRequestsController {
  constructor(
    private readonly requests: ChangeRequestsService,
    private readonly handovers: ChangeHandoversService,
    private readonly settings: ChangeCheckingSettingsService,
  ) {}

  @Post('change-requests')
  @ApiCreatedResponse({ type: ChangeRequestView })
  @ApiOperation({
    summary: 'Submit a change to a client for a second manager to check (or apply it, if exempt)',
  })
  submit(
    @CurrentIdentity() staff: StaffIdentity,
    @Body() dto: SubmitChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.submit(staff, dto.change);
  }

  @Get('change-requests')
  @ApiOkResponse({ type: [ChangeRequestSummaryView] })
  @ApiOperation({ summary: 'Change requests, those waiting for a checker first, newest first' })
  list(
    @CurrentIdentity() staff: StaffIdentity,
    @Query() query: ListChangeRequestsQuery,
  ): Promise<ChangeRequestSummaryView[]> {
    return this.requests.list(staff, query);
  }

  @Get('change-requests/:id')
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({
    summary: 'One change request with the exact difference it makes, and the token to approve it',
  })
  view(@CurrentIdentity() staff: StaffIdentity, @UuidParam('id') id: string): Promise<ChangeRequestView> {
    return this.requests.view(staff, id);
  }

  @Patch('change-requests/:id')
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({ summary: 'Its maker corrects a pending request; a checker must look again' })
  amend(
    @CurrentIdentity() staff: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: AmendChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.amend(staff, id, dto.change, dto.revision);
  }

  @Post('change-requests/:id/approval')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({
    summary: 'A manager other than its maker approves the request as seen; it is applied at once',
  })
  approve(
    @CurrentIdentity() staff: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: ApproveChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.approve(staff, id, dto.reviewToken);
  }

  @Post('change-requests/:id/rejection')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({
    summary: 'A manager other than its maker rejects the request, saying why; nothing changes',
  })
  reject(
    @CurrentIdentity() staff: StaffIdentity,
    @UuidParam('id') id: string,
    @Body() dto: RejectChangeRequestDto,
  ): Promise<ChangeRequestView> {
    return this.requests.reject(staff, id, dto.reason);
  }

  @Post('change-requests/:id/withdrawal')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChangeRequestView })
  @ApiOperation({ summary: 'Its maker withdraws a pending request' })
  withdraw(@CurrentIdentity() staff: StaffIdentity, @UuidParam('id') id: string): Promise<ChangeRequestView> {
    return this.requests.withdraw(staff, id);
  }

  @Post('change-requests/:id/envelopes/:name')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: HandoverView })
  @ApiOperation({
    summary:
      "The maker opens what an applied request made for the client (a card's cells and PIN), once, to print it",
  })
  async takeEnvelope(
    @CurrentIdentity() staff: StaffIdentity,
    @Param() { id, name }: EnvelopeParams,
  ): Promise<HandoverView> {
    return { name, contents: await this.handovers.take(staff, id, name) };
  }

  @Post('change-requests/:id/envelopes/:name/pdf')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PIN envelope, one page of PDF',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({
    summary:
      "The maker prints a PIN envelope (a new OTP card with the registration user ID, and a new user's Standard log-in), once",
  })
  async takeEnvelopePdf(
    @CurrentIdentity() staff: StaffIdentity,
    @Param() { id, name }: EnvelopeParams,
  ): Promise<StreamableFile> {
    return toPdfAttachment(await this.handovers.takeAsPdf(staff, id, name));
  }

  @Get('settings/change-checking')
  @ApiOkResponse({ type: ChangeCheckingSettingsView })
  @ApiOperation({ summary: "The bank's rules for checking changes" })
  checkingSettings(): Promise<ChangeCheckingSettingsView> {
    return this.settings.view();
  }

  @Put('settings/change-checking')
  @StaffAccess('SENIOR_MANAGER')
  @ApiOkResponse({ type: ChangeCheckingSettingsView })
  @ApiOperation({
    summary: 'A senior manager sets how long requests wait and which low-risk types skip the check',
  })
  changeCheckingSettings(
    @CurrentIdentity() staff: StaffIdentity,
    @Body() dto: ChangeCheckingSettingsDto,
  ): Promise<ChangeCheckingSettingsView> {
    return this.settings.update(staff.staffId, dto);
  }
}
