import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OtpEvidenceVerifier } from '../otp/otp-evidence.verifier.js';
import { OtpModule } from '../otp/otp.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { PaymentTemplatesModule } from '../payment-templates/payment-templates.module.js';
import { CmsEvidenceVerifier } from '../signatures/cms-evidence.verifier.js';
import { SignaturesModule } from '../signatures/signatures.module.js';
import { DocumentProjectionService } from './document-projection.service.js';
import { DocumentRecord } from './document-record.entity.js';
import { DocumentWorkflowClient } from './document-workflow.client.js';
import { DocumentsQueryService } from './documents-query.service.js';
import { DocumentsService } from './documents.service.js';
import { DevEvidenceVerifier } from './evidence/dev-evidence.verifier.js';
import { EVIDENCE_VERIFIERS, type EvidenceVerifier } from '../common/evidence/evidence-verifier.js';
import { SignatureEvidenceService } from './evidence/signature-evidence.service.js';
import { PaymentOrderMapper } from './payment-order.mapper.js';
import { DocumentNumbersService } from './document-numbers.service.js';
import { SignatureEvidence } from './signature-evidence.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentRecord, SignatureEvidence]),
    ProcessesModule,
    OrganizationsModule,
    ReferenceModule,
    PaymentTemplatesModule,
    NotificationsModule,
    OtpModule,
    AuditModule,
    SignaturesModule,
  ],
  providers: [
    DocumentsService,
    DocumentsQueryService,
    DocumentWorkflowClient,
    DocumentProjectionService,
    PaymentOrderMapper,
    DocumentNumbersService,
    SignatureEvidenceService,
    {
      provide: EVIDENCE_VERIFIERS,
      inject: [AppConfig, OtpEvidenceVerifier, CmsEvidenceVerifier],
      // The development evidence only ever serves the automated tests; people sign with OTP or EDS.
      useFactory: (
        config: AppConfig,
        otp: OtpEvidenceVerifier,
        cms: CmsEvidenceVerifier,
      ): EvidenceVerifier[] =>
        config.nodeEnv === 'test' ? [otp, cms, new DevEvidenceVerifier()] : [otp, cms],
    },
  ],
  exports: [
    SignatureEvidenceService,
    DocumentProjectionService,
    DocumentsService,
    DocumentsQueryService,
    PaymentOrderMapper,
  ],
})
export class DocumentsModule {}
