import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { SmsModule } from '../sms/sms.module.js';
import { SignaturesModule } from '../signatures/signatures.module.js';
import { NationalCertificates } from './national-certificates.js';
import { ReissueOpenings } from './reissue-openings.js';
import { RegistrationAccess } from './registration-access.entity.js';
import { RegistrationCredential } from './registration-credential.entity.js';
import { RegistrationNotices } from './registration-notices.js';
import { RegistrationProjectionService } from './registration-projection.service.js';
import { TokenRegistrationRecord } from './token-registration-record.entity.js';

/**
 * What the worker needs of registrations: for their activities the projection, the CA registry and
 * the notices; for a manager's approved change request, opening a reissue.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RegistrationCredential, TokenRegistrationRecord, RegistrationAccess]),
    ProcessesModule,
    OrganizationsModule,
    CertificatesModule,
    SignaturesModule,
    AuditModule,
    SmsModule,
  ],
  providers: [RegistrationProjectionService, RegistrationNotices, NationalCertificates, ReissueOpenings],
  exports: [
    RegistrationProjectionService,
    RegistrationNotices,
    NationalCertificates,
    ReissueOpenings,
    CertificatesModule,
  ],
})
export class RegistrationsModule {}
