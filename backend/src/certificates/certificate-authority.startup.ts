import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CertificateAuthority } from './certificate-authority.js';

/**
 * The API readies the CA when it starts, after its migrations; the worker does not (it may start
 * before the database is migrated) and reaches the CA lazily when it needs it.
 */
@Injectable()
export class CertificateAuthorityStartup implements OnApplicationBootstrap {
  constructor(private readonly ca: CertificateAuthority) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ca.start();
  }
}
