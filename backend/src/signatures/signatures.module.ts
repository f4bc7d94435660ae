import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { CmsEvidenceVerifier } from './cms-evidence.verifier.js';
import { EdsLoginChallenge } from './eds-login/eds-login-challenge.entity.js';
import { EdsLoginController } from './eds-login/eds-login.controller.js';
import { EdsLoginService } from './eds-login/eds-login.service.js';
import { LoginNonceStore } from './eds-login/login-nonce.store.js';
import { EdsVerificationService } from './eds-verification.service.js';
import { TrustStore } from './trust-store.js';

/** Verification of EDS (CMS) signatures: document evidence, and the EDS log-in. */
@Module({
  imports: [TypeOrmModule.forFeature([EdsLoginChallenge]), CertificatesModule, OrganizationsModule],
  controllers: [EdsLoginController],
  providers: [TrustStore, EdsVerificationService, CmsEvidenceVerifier, LoginNonceStore, EdsLoginService],
  exports: [EdsVerificationService, CmsEvidenceVerifier, EdsLoginService, TrustStore],
})
export class SignaturesModule {}
