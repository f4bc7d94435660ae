import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OtpModule } from '../otp/otp.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ApplicationBankStatusSink } from './application-bank-status.sink.js';
import { ApplicationContentMapper } from './application-content.mapper.js';
import { ApplicationFile } from './application-file.entity.js';
import { ApplicationFilesService } from './application-files.service.js';
import { ApplicationNumbers } from './application-numbers.js';
import { ApplicationOtpService } from './application-otp.service.js';
import { ApplicationProjectionService } from './application-projection.service.js';
import { ApplicationRecord } from './application-record.entity.js';
import { ApplicationWorkflowClient } from './application-workflow.client.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { ApplicationsService } from './applications.service.js';
import { ContractThresholdService } from './contract-threshold.service.js';
import { ExchangeRatesService } from './exchange-rates.service.js';

/** The applications' services, shared by the API and the worker (its projection, sink, activities). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ApplicationRecord, ApplicationFile]),
    DocumentsModule,
    ProcessesModule,
    OrganizationsModule,
    ReferenceModule,
    NotificationsModule,
    OtpModule,
    AuditModule,
  ],
  providers: [
    ApplicationsService,
    ApplicationsQueryService,
    ApplicationWorkflowClient,
    ApplicationProjectionService,
    ApplicationContentMapper,
    ApplicationFilesService,
    ApplicationNumbers,
    ApplicationOtpService,
    ApplicationBankStatusSink,
    ContractThresholdService,
    ExchangeRatesService,
  ],
  exports: [
    ApplicationsService,
    ApplicationsQueryService,
    ApplicationProjectionService,
    ApplicationFilesService,
    ApplicationOtpService,
    ApplicationBankStatusSink,
    ExchangeRatesService,
  ],
})
export class ApplicationsModule {}
