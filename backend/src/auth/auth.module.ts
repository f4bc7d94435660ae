import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AccessGuard } from './access.guard.js';
import { DevHeaderIdentityResolver } from './dev-header-identity.resolver.js';
import { IdentityResolver } from './identity-resolver.js';

/** Every request passes the AccessGuard; the identity comes from the configured resolver. */
@Global()
@Module({
  imports: [OrganizationsModule],
  providers: [
    { provide: IdentityResolver, useClass: DevHeaderIdentityResolver },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [IdentityResolver],
})
export class AuthModule {}
