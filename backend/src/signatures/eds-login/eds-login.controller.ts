import { Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../access/access.decorators.js';
import { EdsChallengeView } from './eds-login.dto.js';
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
}
