import pkcs11js from 'pkcs11js';
import { toTokenSummary, type TokenSummary } from './token-summary.js';

/** One loaded and initialized PKCS#11 library (SoftHSM2, or a token vendor's). */
export class TokenLibrary {
  private constructor(private readonly pkcs11: pkcs11js.PKCS11) {}

  static open(modulePath: string): TokenLibrary {
    const pkcs11 = new pkcs11js.PKCS11();
    pkcs11.load(modulePath);
    pkcs11.C_Initialize();
    return new TokenLibrary(pkcs11);
  }

  /** Tokens present in their slots, in slot order. */
  listTokens(): TokenSummary[] {
    return this.pkcs11
      .C_GetSlotList(true)
      .map((slot) => toTokenSummary(slot, this.pkcs11.C_GetTokenInfo(slot)));
  }

  close(): void {
    this.pkcs11.C_Finalize();
    this.pkcs11.close();
  }
}
