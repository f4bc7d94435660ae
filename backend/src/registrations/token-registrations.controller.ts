import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../access/access.decorators.js';
import {
  CancelRegistrationDto,
  ChooseTokenDto,
  OnTokenDto,
  OpenRegistrationDto,
  SubmitRequestsDto,
} from './dto/registration-steps.dto.js';
import { OpenedRegistrationView, RegistrationView, toRegistrationView } from './dto/registration.view.js';
import { TokenRegistrationsService } from './token-registrations.service.js';

const KEY = 'x-registration-key';

/**
 * The token registration wizard's API (domain §7). The client has no certificate and no session
 * yet: the user ID and OTP-card PIN open the registration and answer an access key that every
 * later step carries in X-Registration-Key. Each step answers the registration's new state.
 */
@ApiTags('registrations')
@Public()
@ApiHeader({ name: KEY, required: false, description: 'The accessKey answered by POST /registrations' })
@Controller('registrations')
export class TokenRegistrationsController {
  constructor(private readonly registrations: TokenRegistrationsService) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OpenedRegistrationView })
  @ApiOperation({
    summary: 'Open a token registration (or continue the one in progress) with the user ID and OTP-card PIN',
  })
  async open(@Body() dto: OpenRegistrationDto, @Req() request: Request): Promise<OpenedRegistrationView> {
    const opened = await this.registrations.open(dto.registrationUserId, dto.pin, request.ip ?? null);
    return {
      accessKey: opened.accessKey,
      accessExpiresAt: opened.accessExpiresAt.toISOString(),
      registration: toRegistrationView(opened.state),
    };
  }

  @Get('current')
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({ summary: 'The registration and the step it waits for' })
  async current(@Headers(KEY) key: string | undefined): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.state(key));
  }

  @Post('current/token')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({ summary: 'The token to register, as the agent sees it; exactly one may be connected' })
  async token(@Headers(KEY) key: string | undefined, @Body() dto: ChooseTokenDto): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.chooseToken(key, dto));
  }

  @Post('current/password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({ summary: 'The agent set the token password (the password itself never reaches the bank)' })
  async password(@Headers(KEY) key: string | undefined, @Body() dto: OnTokenDto): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.confirmPasswordSet(key, dto));
  }

  @Post('current/requests')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({ summary: 'The two certification requests made on the token; the CA is asked next' })
  async requests(
    @Headers(KEY) key: string | undefined,
    @Body() dto: SubmitRequestsDto,
  ): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.submitRequests(key, dto));
  }

  @Post('current/written')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({
    summary: 'Both certificates are on the token: they become the active ones, the previous revoked',
  })
  async written(@Headers(KEY) key: string | undefined, @Body() dto: OnTokenDto): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.confirmWritten(key, dto));
  }

  @Post('current/cancellation')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView })
  @ApiOperation({ summary: 'Give the registration up; what was issued for it is revoked' })
  async cancel(
    @Headers(KEY) key: string | undefined,
    @Body() dto: CancelRegistrationDto,
  ): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.cancel(key, dto));
  }
}
