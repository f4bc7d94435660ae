import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { PasswordHasher } from './password-hasher.js';
import { SecretBox } from './secret-box.js';

/** The process's SecretBox, keyed by SECRETS_ENCRYPTION_KEY, and the password (and PIN) hasher. */
@Global()
@Module({
  providers: [
    {
      provide: SecretBox,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new SecretBox(config.secrets.key),
    },
    PasswordHasher,
  ],
  exports: [SecretBox, PasswordHasher],
})
export class CryptoModule {}
