import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseUuidParam } from '../common/validation/path-params.js';
import { ManagerAccess } from '../access/access.decorators.js';
import { certificateBytes, CertificatesService } from './certificates.service.js';
import { RegisterCertificateDto } from './dto/certificate-request.dto.js';
import { type CertificateView, toCertificateView } from './dto/certificate.view.js';

/**
 * Managers see a user's certificates and register an external one. Revoking one (a lost token, a
 * person who left) is a change request a second manager checks.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class ManagerCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('users/:id/certificates')
  @ApiOperation({ summary: "A user's certificates in the registry, newest first" })
  async list(@Param('id', ParseUuidParam) userId: string): Promise<CertificateView[]> {
    return (await this.certificates.listForUser(userId)).map(toCertificateView);
  }

  @Post('users/:id/certificates')
  @ApiOperation({
    summary:
      'Register to a user a certificate of a trusted external CA (a national certificate on the token)',
  })
  async register(
    @Param('id', ParseUuidParam) userId: string,
    @Body() dto: RegisterCertificateDto,
  ): Promise<CertificateView> {
    return toCertificateView(
      await this.certificates.registerExternal(userId, certificateBytes(dto.certificate)),
    );
  }
}
