import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/access.decorators.js';
import { EdsChallengeView, EdsLoginDto, EdsVerifiedUserView } from './eds-login.dto.js';
import { EdsLoginService } from './eds-login.service.js';

@ApiTags('auth')
@Public()
@Controller('auth/eds')
export class EdsLoginController {
  constructor(private readonly login: EdsLoginService) {}

  @Post('challenge')
  @ApiOperation({ summary: 'A one-time nonce to sign with the authentication certificate' })
  async challenge(): Promise<EdsChallengeView> {
    const { nonce, expiresAt } = await this.login.challenge();
    return { nonce, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Answers who signed. Opening the Standard session belongs to the log-in feature, which replaces
   * this handler's answer with the session it opens for the verified user.
   */
  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify the CMS over the nonce: the user its certificate is registered to' })
  async verify(@Body() dto: EdsLoginDto): Promise<EdsVerifiedUserView> {
    const user = await this.login.verify(dto.nonce, dto.cms);
    return { userId: user.id, organizationId: user.organizationId };
  }
}
