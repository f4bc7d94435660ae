import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OtpModule } from '../otp/otp.module.js';
import { SmsModule } from '../sms/sms.module.js';
import { RegistrationAccessService } from './registration-access.service.js';
import { RegistrationCredentialsService } from './registration-credentials.service.js';
import { RegistrationsManagerController } from './registrations-manager.controller.js';
import { RegistrationsModule } from './registrations.module.js';
import { TokenRegistrationsController } from './token-registrations.controller.js';
import { TokenRegistrationsService } from './token-registrations.service.js';
import { TokenReissuesController } from './token-reissues.controller.js';
import { TokenReissuesService } from './token-reissues.service.js';

/** The registration API (the API process only): the client's wizard and the managers' routes. */
@Module({
  imports: [RegistrationsModule, OrganizationsModule, OtpModule, AuditModule, SmsModule],
  controllers: [TokenRegistrationsController, TokenReissuesController, RegistrationsManagerController],
  providers: [
    RegistrationCredentialsService,
    RegistrationAccessService,
    TokenRegistrationsService,
    TokenReissuesService,
  ],
})
export class RegistrationsApiModule {}
