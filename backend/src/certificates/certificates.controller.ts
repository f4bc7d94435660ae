import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { CertificatesService } from './certificates.service.js';
import { type CertificateView, toCertificateView } from './dto/certificate.view.js';

/**
 * A client's own certificates. They are issued only through a token registration (which checks the
 * OTP card's PIN), never on a session alone: a phished password must not yield a signing key.
 */
@ApiTags('certificates')
@ClientAccess()
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'Your certificates, newest first' })
  async list(@CurrentIdentity() identity: ClientIdentity): Promise<CertificateView[]> {
    return (await this.certificates.listForUser(identity.userId)).map(toCertificateView);
  }
}
