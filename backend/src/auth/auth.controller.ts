import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { answeringWith } from '../common/errors/api-error.js';
import { EDS_LOGIN_STATUS } from '../signatures/eds-login/eds-login-status-table.js';
import { CurrentIdentity, Public, SessionAccess } from '../access/access.decorators.js';
import { AccountService } from './account.service.js';
import {
  ChangePasswordDto,
  LanguageDto,
  PhoneLoginDto,
  StaffLoginDto,
  StandardLoginDto,
} from './dto/login.dto.js';
import { EdsLoginDto } from '../signatures/eds-login/eds-login.dto.js';
import { SessionView } from './dto/session.view.js';
import type { Identity } from '../access/identity.js';
import { LoginService, type LoginContext, type LoginOutcome } from './login.service.js';
import {
  clearSessionCookies,
  readCookie,
  SESSION_COOKIE,
  setSessionCookies,
} from './sessions/session-cookies.js';
import { SessionsService } from './sessions/sessions.service.js';

/**
 * Log-in, session and password. A successful log-in answers the session (with its CSRF token) and
 * sets the qoltanba_session (HttpOnly) and qoltanba_csrf cookies; see session-cookies.ts.
 */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Post('login/standard')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionView })
  @ApiOperation({ summary: 'Standard channel: login and password issued by the manager' })
  async loginStandard(
    @Body() dto: StandardLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    return this.opened(
      await this.logins.loginStandard(dto.login, dto.password, await this.context(request)),
      request,
      response,
    );
  }

  @Public()
  @Post('login/eds')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionView })
  @ApiOperation({ summary: 'Standard channel: the agent signs the nonce of POST /api/auth/eds/challenge' })
  async loginByEds(
    @Body() dto: EdsLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const outcome = await this.logins
      .loginByEds(
        dto.nonce,
        dto.xml !== undefined ? { xml: dto.xml } : { cms: dto.cms! },
        await this.context(request),
      )
      .catch(answeringWith(EDS_LOGIN_STATUS));
    return this.opened(outcome, request, response);
  }

  @Public()
  @Post('login/phone')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionView })
  @ApiOperation({ summary: "Light or Mobile: mobile number, the organization's BIN/IIN and password" })
  async loginByPhone(
    @Body() dto: PhoneLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const context = await this.context(request);
    return this.opened(
      await this.logins.loginByPhone(dto.phone, dto.binIin, dto.password, dto.channel, context),
      request,
      response,
    );
  }

  @Public()
  @Post('staff/login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionView })
  @ApiOperation({ summary: 'Bank staff (managers, operators)' })
  async loginStaff(
    @Body() dto: StaffLoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    return this.opened(
      await this.logins.loginStaff(dto.login, dto.password, await this.context(request)),
      request,
      response,
    );
  }

  @SessionAccess()
  @Get('session')
  @ApiOkResponse({ type: SessionView })
  @ApiOperation({ summary: 'Who this session belongs to, its channel, and when it ends' })
  session(@CurrentIdentity() identity: Identity): Promise<SessionView> {
    return this.account.current(identity);
  }

  @SessionAccess()
  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionView })
  @ApiOperation({ summary: 'Change the password (required at first log-in); ends every other session' })
  async changePassword(
    @CurrentIdentity() identity: Identity,
    @Body() dto: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const context = { ip: request.ip ?? null, userAgent: request.header('user-agent') ?? null };
    return this.opened(
      await this.account.changePassword(identity, dto.currentPassword, dto.newPassword, context),
      request,
      response,
    );
  }

  @SessionAccess()
  @Put('language')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: "Remember the client's language of the interface; the bank's SMS are written in it",
  })
  language(@CurrentIdentity() identity: Identity, @Body() dto: LanguageDto): Promise<void> {
    return this.account.rememberLanguage(identity, dto.language);
  }

  @SessionAccess()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.account.logout(identity, request.ip ?? null);
    clearSessionCookies(request, response);
  }

  /** Who is logging in from where; a session cookie already present is ended (no session fixation). */
  private async context(request: Request): Promise<LoginContext> {
    const previous = readCookie(request, SESSION_COOKIE);
    if (previous) await this.sessions.revokeByToken(previous, 'REPLACED_BY_LOGIN');
    return { ip: request.ip ?? null, userAgent: request.header('user-agent') ?? null };
  }

  private async opened(outcome: LoginOutcome, request: Request, response: Response): Promise<SessionView> {
    const { session } = outcome;
    setSessionCookies(request, response, {
      sessionToken: session.sessionToken,
      csrfToken: session.csrfToken,
    });
    response.setHeader('Cache-Control', 'no-store');
    return this.account.view(outcome.principal, {
      passwordChangeRequired: outcome.passwordChangeRequired,
      expiresAt: session.expiresAt,
      csrfToken: session.csrfToken,
    });
  }
}
