import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateRequestDto } from './dto/certificate-request.dto.js';
import {
  type CertificateView,
  IssuedCertificateView,
  toCertificateView,
  toIssuedCertificateView,
} from './dto/certificate.view.js';

@ApiTags('certificates')
@ClientAccess()
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Post()
  @RequiresChannelFunction('MANAGE_CERTIFICATES')
  @ApiOperation({
    summary: 'Issue a signing or authentication certificate for a key on your token (Standard channel)',
  })
  async request(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: CertificateRequestDto,
  ): Promise<IssuedCertificateView> {
    return toIssuedCertificateView(await this.certificates.requestForSelf(identity, dto));
  }

  @Get()
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'Your certificates, newest first' })
  async list(@CurrentIdentity() identity: ClientIdentity): Promise<CertificateView[]> {
    return (await this.certificates.listForUser(identity.userId)).map(toCertificateView);
  }
}
