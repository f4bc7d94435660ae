import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { BankDirectoryRow } from './bank-directory-entry.entity.js';
import { KbkCode } from './kbk-code.entity.js';
import { KnpCode } from './knp-code.entity.js';
import { PaymentReferenceService } from './payment-reference.service.js';
import { ReferenceEditingService } from './reference-editing.service.js';
import { ReferenceManagerController } from './reference-manager.controller.js';
import { ReferenceController } from './reference.controller.js';
import { TaxOfficeRow } from './tax-office.entity.js';

@Module({
  // The audit trail of staff's changes to the reference data (`@Audited`).
  imports: [TypeOrmModule.forFeature([KnpCode, BankDirectoryRow, KbkCode, TaxOfficeRow]), AuditModule],
  controllers: [ReferenceController, ReferenceManagerController],
  providers: [PaymentReferenceService, ReferenceEditingService],
  exports: [PaymentReferenceService],
})
export class ReferenceModule {}
