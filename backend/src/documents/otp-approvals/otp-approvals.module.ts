import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents.module.js';
import { OtpApprovalsController } from './otp-approvals.controller.js';
import { OtpApprovalsService } from './otp-approvals.service.js';
import { OtpModule } from '../../otp/otp.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';

/** The OTP challenge and approval API over documents (the API process only). */
@Module({
  imports: [DocumentsModule, OtpModule, OrganizationsModule],
  controllers: [OtpApprovalsController],
  providers: [OtpApprovalsService],
})
export class OtpApprovalsModule {}
