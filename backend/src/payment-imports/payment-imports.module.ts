import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentRecord } from '../documents/document-record.entity.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { PaymentImportsController } from './payment-imports.controller.js';
import { PaymentImportsService } from './payment-imports.service.js';

/** Payment orders imported from accounting software (the API process only). */
@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentRecord]),
    DocumentsModule,
    OrganizationsModule,
    ReferenceModule,
  ],
  controllers: [PaymentImportsController],
  providers: [PaymentImportsService],
})
export class PaymentImportsModule {}
