import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/path-params.js';
import { ManagerAccess } from '../access/access.decorators.js';
import { CertificatesService } from './certificates.service.js';
import { type CertificateView, toCertificateView } from './dto/certificate.view.js';

/**
 * Managers see a user's certificates. Registering a national one and revoking one (a lost token, a
 * person who left) are change requests a second manager checks.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class ManagerCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('users/:id/certificates')
  @ApiOperation({ summary: "A user's certificates in the registry, newest first" })
  async list(@UuidParam('id') userId: string): Promise<CertificateView[]> {
    return (await this.certificates.listForUser(userId)).map(toCertificateView);
  }
}
