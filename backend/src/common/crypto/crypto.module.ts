import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { SecretBox } from './secret-box.js';

/** The process's SecretBox, keyed by SECRETS_ENCRYPTION_KEY. */
@Global()
@Module({
  providers: [
    {
      provide: SecretBox,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new SecretBox(config.secrets.key),
    },
  ],
  exports: [SecretBox],
})
export class CryptoModule {}
