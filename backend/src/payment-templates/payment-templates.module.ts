import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { PaymentTemplate } from './payment-template.entity.js';
import { PaymentTemplatesController } from './payment-templates.controller.js';
import { PaymentTemplatesService } from './payment-templates.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PaymentTemplate]), OrganizationsModule, ReferenceModule],
  controllers: [PaymentTemplatesController],
  providers: [PaymentTemplatesService],
  exports: [PaymentTemplatesService],
})
export class PaymentTemplatesModule {}
