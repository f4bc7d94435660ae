import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module.js';
import { OrganizationsModule } from '../../organizations/organizations.module.js';
import { SmsModule } from '../../sms/sms.module.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { ClientCredentialsService } from './client-credentials.service.js';

/**
 * Clients' credentials and sessions without the HTTP guard: the worker applies approved changes
 * (a temporary password, a blocked user's sessions ended) with them too.
 */
@Module({
  imports: [OrganizationsModule, AuditModule, SmsModule],
  providers: [SessionsService, ClientCredentialsService],
  exports: [SessionsService, ClientCredentialsService],
})
export class CredentialsModule {}
