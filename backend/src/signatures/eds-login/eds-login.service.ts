import { Injectable } from '@nestjs/common';
import { FeatureError } from '../../common/errors/feature-error.js';
import { EdsErrorCode, EdsRefusal, refusedEds } from '../eds-error-code.js';
import { type AuthenticationEvidence, EdsVerificationService } from '../eds-verification.service.js';
import { LoginNonceStore } from './login-nonce.store.js';

/**
 * Log-in by EDS in the Standard channel: the server hands out a one-time nonce, the agent signs it
 * with the authentication key, and the server finds the user the certificate is registered to.
 */
@Injectable()
export class EdsLoginService {
  constructor(
    private readonly nonces: LoginNonceStore,
    private readonly eds: EdsVerificationService,
  ) {}

  challenge(): Promise<{ nonce: string; expiresAt: Date }> {
    return this.nonces.issue();
  }

  /**
   * The nonce is spent first, so a refused attempt cannot be retried with it either. The user must
   * be active with the Standard channel enabled, as for any session.
   */
  async verify(nonce: string, evidence: AuthenticationEvidence): Promise<{ userId: string }> {
    if (!(await this.nonces.consume(nonce))) {
      throw new FeatureError(
        EdsErrorCode.NONCE_INVALID,
        'The log-in nonce is unknown, expired or already used; ask for a new one.',
        { field: 'nonce' },
      );
    }
    try {
      const { user } = await this.eds.verifyAuthentication({ evidence, nonce: Buffer.from(nonce, 'base64') });
      return { userId: user.id };
    } catch (error) {
      if (error instanceof EdsRefusal) throw refusedEds(error, 'cms' in evidence ? 'cms' : 'xml');
      throw error;
    }
  }
}
