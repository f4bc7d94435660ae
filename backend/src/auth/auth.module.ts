import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { SignaturesModule } from '../signatures/signatures.module.js';
import { SmsModule } from '../sms/sms.module.js';
import { AccessGuard } from '../access/access.guard.js';
import { AccountService } from './account.service.js';
import { ActiveClientUsers } from './active-client-users.js';
import { AuthController } from './auth.controller.js';
import { ClientCredential } from './credentials/client-credential.entity.js';
import { CredentialsModule } from './credentials/credentials.module.js';
import { DevHeaderIdentityResolver } from './dev-header-identity.resolver.js';
import { IdentityResolver } from '../access/identity-resolver.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { LoginService } from './login.service.js';
import { SessionIdentityResolver } from './session-identity.resolver.js';
import { UserSession } from './sessions/user-session.entity.js';
import { StaffUser } from './staff/staff-user.entity.js';
import { StaffUsersService } from './staff/staff-users.service.js';

/**
 * Log-in, sessions and the AccessGuard every request passes. The identity comes from the session
 * cookie (the test-only identity headers work under NODE_ENV=test alone).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([ClientCredential, StaffUser, UserSession]),
    OrganizationsModule,
    AuditModule,
    SmsModule,
    SignaturesModule,
    CredentialsModule,
  ],
  controllers: [AuthController],
  providers: [
    LoginThrottleService,
    LoginService,
    AccountService,
    StaffUsersService,
    DevHeaderIdentityResolver,
    ActiveClientUsers,
    { provide: IdentityResolver, useClass: SessionIdentityResolver },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [IdentityResolver, StaffUsersService, CredentialsModule, LoginThrottleService],
})
export class AuthModule {}
