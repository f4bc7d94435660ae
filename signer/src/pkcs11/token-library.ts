import pkcs11js from 'pkcs11js';
import type { AgentLog } from '../agent-log.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import { PKCS11_USER_TYPE, pinStateFromFlags, type PinState, type UserType } from './pin-state.js';
import { isPkcs11Error, toAgentError } from './pkcs11-errors.js';
import { SigningThread } from './signing-thread.js';
import { SlotLocks } from './slot-locks.js';
import { TokenSession } from './token-session.js';
import { toTokenSummary, type TokenSummary } from './token-summary.js';

export interface SessionOptions {
  /** A read/write session: needed to create objects or change PINs. */
  write?: boolean;
  /** Logs in for this piece of work only; the session logs out and closes whatever happens. */
  login?: {
    userType: UserType;
    pin: string;
    /** Called once the token has accepted the PIN, before the work itself. */
    onLoggedIn?: () => void;
  };
}

/** One loaded and initialized PKCS#11 library (SoftHSM2, or a token vendor's). */
export class TokenLibrary {
  private readonly locks = new SlotLocks();
  /** Started at the first signature: an agent that never signs runs no extra thread. */
  private signingThread?: SigningThread;

  private constructor(
    private readonly pkcs11: pkcs11js.PKCS11,
    private readonly modulePath: string,
    private readonly log: AgentLog,
  ) {}

  /** `log` hears what the token did that a user would not see (a key handle found again). */
  static open(modulePath: string, log: AgentLog = () => undefined): TokenLibrary {
    const pkcs11 = new pkcs11js.PKCS11();
    pkcs11.load(modulePath);
    try {
      // Signing and key generation run on other threads: the library must lock its own state.
      pkcs11.C_Initialize({ flags: pkcs11js.CKF_OS_LOCKING_OK });
    } catch (error) {
      if (!isPkcs11Error(error, pkcs11js.CKR_CANT_LOCK)) {
        pkcs11.close();
        throw error;
      }
      pkcs11.C_Initialize();
    }
    return new TokenLibrary(pkcs11, modulePath, log);
  }

  /** Tokens present in their slots, in slot order. */
  listTokens(): TokenSummary[] {
    return this.pkcs11
      .C_GetSlotList(true)
      .map((slot) => toTokenSummary(slot, this.pkcs11.C_GetTokenInfo(slot)));
  }

  token(slotId: string): TokenSummary {
    const slot = this.slot(slotId);
    return toTokenSummary(slot, this.pkcs11.C_GetTokenInfo(slot));
  }

  pinState(slotId: string, userType: UserType): PinState {
    return pinStateFromFlags(this.pkcs11.C_GetTokenInfo(this.slot(slotId)).flags, userType);
  }

  /**
   * Runs `work` in a fresh session on the token, one operation per token at a time: open, log in if
   * asked, work, then always log out and close. PKCS#11 refusals come out as AgentErrors.
   */
  withSession<T>(
    slotId: string,
    options: SessionOptions,
    work: (session: TokenSession) => Promise<T> | T,
  ): Promise<T> {
    return this.locks.run(slotId, async () => {
      const slot = this.slot(slotId);
      const flags = pkcs11js.CKF_SERIAL_SESSION | (options.write ? pkcs11js.CKF_RW_SESSION : 0);
      let handle: pkcs11js.Handle;
      try {
        handle = this.pkcs11.C_OpenSession(slot, flags);
      } catch (error) {
        throw toAgentError(error);
      }
      let loggedIn = false;
      try {
        const login = options.login;
        if (login) {
          try {
            this.pkcs11.C_Login(handle, PKCS11_USER_TYPE[login.userType], login.pin);
          } catch (error) {
            throw toAgentError(error, () => this.pinState(slotId, login.userType));
          }
          loggedIn = true;
          login.onLoggedIn?.();
        }
        return await work(new TokenSession(this.pkcs11, handle, () => this.signer(), this.log));
      } catch (error) {
        throw toAgentError(error);
      } finally {
        if (loggedIn) this.bestEffort(() => this.pkcs11.C_Logout(handle));
        this.bestEffort(() => this.pkcs11.C_CloseSession(handle));
      }
    });
  }

  /**
   * C_InitToken: erases every object on the token and sets its label, checking the security
   * officer's PIN. No session may be open on it, which the per-token lock guarantees for ours.
   */
  initToken(slotId: string, soPin: string, label: string): Promise<void> {
    return this.locks.run(slotId, async () => {
      try {
        this.pkcs11.C_InitToken(this.slot(slotId), soPin, paddedLabel(label));
      } catch (error) {
        throw toAgentError(error, () => this.pinState(slotId, 'so'));
      }
    });
  }

  /** Stops the signing thread first: the library it uses is finalized next. */
  async close(): Promise<void> {
    await this.signingThread?.stop();
    this.pkcs11.C_Finalize();
    this.pkcs11.close();
  }

  private signer(): SigningThread {
    if (!this.signingThread?.running) this.signingThread = new SigningThread(this.modulePath);
    return this.signingThread;
  }

  private slot(slotId: string): pkcs11js.Handle {
    const slot = this.pkcs11.C_GetSlotList(true).find((handle) => handle.toString('hex') === slotId);
    if (!slot)
      throw new AgentError(AgentErrorCode.TOKEN_NOT_FOUND, `No token is connected in slot ${slotId}.`);
    return slot;
  }

  /** Cleanup after the work must not hide the work's own outcome (a closed session logs out anyway). */
  private bestEffort(cleanup: () => void): void {
    try {
      cleanup();
    } catch {
      // The token was removed or the session is already gone: nothing is left to release.
    }
  }
}

/** The token reads exactly 32 bytes of UTF-8 label, blank-padded: longer labels are cut at a character. */
function paddedLabel(label: string): string {
  let cut = label;
  while (Buffer.byteLength(cut, 'utf8') > 32) cut = cut.slice(0, -1);
  return cut + ' '.repeat(32 - Buffer.byteLength(cut, 'utf8'));
}
