import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { CertificateAuthority } from './certificate-authority.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { CaCrl } from './internal-ca/ca-crl.entity.js';
import { CaRoot } from './internal-ca/ca-root.entity.js';
import { InternalCertificateAuthority } from './internal-ca/internal-certificate-authority.js';
import { ManagerCertificatesController } from './manager-certificates.controller.js';
import { PkiController } from './pki.controller.js';
import { UserCertificate } from './user-certificate.entity.js';

/** The certification authority (the internal one for now) and the registry of users' certificates. */
@Module({
  imports: [TypeOrmModule.forFeature([UserCertificate, CaRoot, CaCrl]), OrganizationsModule],
  providers: [CertificatesService, { provide: CertificateAuthority, useClass: InternalCertificateAuthority }],
  exports: [CertificateAuthority, CertificatesService],
})
export class CertificatesModule {}

/** The certificates' HTTP API (the API process only): the worker shares the registry, not HTTP. */
@Module({
  imports: [CertificatesModule],
  controllers: [CertificatesController, ManagerCertificatesController, PkiController],
  exports: [CertificatesModule],
})
export class CertificatesApiModule {}
