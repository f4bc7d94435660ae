import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CredentialsModule } from '../auth/credentials/credentials.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OtpModule } from '../otp/otp.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { ClientSetupApplier } from './appliers/client-setup.applier.js';
import { CredentialsApplier } from './appliers/credentials.applier.js';
import { NewUserCredentials } from './appliers/new-user-credentials.js';
import { ProcessActionsApplier } from './appliers/process-actions.applier.js';
import { StandardChannelApplier } from './appliers/standard-channel.applier.js';
import { UserAccessApplier } from './appliers/user-access.applier.js';
import { ChangeAppliers } from './change-appliers.js';
import { ChangeApplicationsService } from './change-applications.service.js';
import { ChangeCheckingSettingsService } from './change-checking-settings.service.js';
import { ChangeRequestProjectionService } from './change-request-projection.service.js';

/** Change requests' services shared by the API (inspecting a change) and the worker (applying it). */
@Module({
  imports: [
    OrganizationsModule,
    OtpModule,
    CertificatesModule,
    CredentialsModule,
    ProcessesModule,
    RegistrationsModule,
    AuditModule,
  ],
  providers: [
    NewUserCredentials,
    ClientSetupApplier,
    UserAccessApplier,
    CredentialsApplier,
    StandardChannelApplier,
    ProcessActionsApplier,
    ChangeAppliers,
    ChangeApplicationsService,
    ChangeRequestProjectionService,
    ChangeCheckingSettingsService,
  ],
  exports: [
    ChangeAppliers,
    ChangeApplicationsService,
    ChangeRequestProjectionService,
    ChangeCheckingSettingsService,
  ],
})
export class ChangeRequestsModule {}
