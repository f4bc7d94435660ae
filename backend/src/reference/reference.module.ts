import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BankDirectoryRow } from './bank-directory-entry.entity.js';
import { KnpCode } from './knp-code.entity.js';
import { PaymentReferenceService } from './payment-reference.service.js';
import { ReferenceController } from './reference.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([KnpCode, BankDirectoryRow])],
  controllers: [ReferenceController],
  providers: [PaymentReferenceService],
  exports: [PaymentReferenceService],
})
export class ReferenceModule {}
