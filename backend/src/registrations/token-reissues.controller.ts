import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../access/access.decorators.js';
import {
  CancelRegistrationDto,
  ChooseTokenDto,
  OnTokenDto,
  OpenReissueDto,
} from './dto/registration-steps.dto.js';
import { OpenedReissueView, ReissueView, toReissueView } from './dto/reissue.view.js';
import { TokenReissuesService } from './token-reissues.service.js';

const KEY = 'x-registration-key';

/**
 * The reissue wizard's API (domain §7, seed 002): from the log-in page with the user ID and OTP-card
 * PIN, or continuing one a manager started. Once the token is formatted, the same access key goes on
 * in `/registrations/current`.
 */
@ApiTags('registrations')
@Public()
@ApiHeader({
  name: KEY,
  required: false,
  description: 'The accessKey answered by POST /reissues or /registrations',
})
@Controller('reissues')
export class TokenReissuesController {
  constructor(private readonly reissues: TokenReissuesService) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OpenedReissueView })
  @ApiOperation({
    summary: 'Start a token reissue (or continue the one in progress) with the user ID and OTP-card PIN',
  })
  async open(@Body() dto: OpenReissueDto, @Req() request: Request): Promise<OpenedReissueView> {
    const opened = await this.reissues.openByClient(
      dto.registrationUserId,
      dto.pin,
      dto.reason,
      request.ip ?? null,
    );
    return {
      accessKey: opened.accessKey,
      accessExpiresAt: opened.accessExpiresAt.toISOString(),
      reissue: toReissueView(opened.state),
    };
  }

  @Get('current')
  @ApiOkResponse({ type: ReissueView })
  @ApiOperation({ summary: 'The reissue and the step it waits for' })
  async current(@Headers(KEY) key: string | undefined): Promise<ReissueView> {
    return toReissueView(await this.reissues.state(key));
  }

  @Post('current/token')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReissueView })
  @ApiOperation({ summary: 'The one token connected; the old certificates are revoked next' })
  async token(@Headers(KEY) key: string | undefined, @Body() dto: ChooseTokenDto): Promise<ReissueView> {
    return toReissueView(await this.reissues.chooseToken(key, dto));
  }

  @Post('current/formatted')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReissueView })
  @ApiOperation({ summary: 'The agent formatted the token; the new registration starts' })
  async formatted(@Headers(KEY) key: string | undefined, @Body() dto: OnTokenDto): Promise<ReissueView> {
    return toReissueView(await this.reissues.confirmFormatted(key, dto));
  }

  @Post('current/cancellation')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReissueView })
  @ApiOperation({ summary: 'Give the reissue up before the token is formatted' })
  async cancel(
    @Headers(KEY) key: string | undefined,
    @Body() dto: CancelRegistrationDto,
  ): Promise<ReissueView> {
    return toReissueView(await this.reissues.cancel(key, dto));
  }
}
