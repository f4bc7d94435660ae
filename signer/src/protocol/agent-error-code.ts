/** Why the agent refused a request; the page shows a message per code. */
export enum AgentErrorCode {
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  UNKNOWN_METHOD = 'UNKNOWN_METHOD',
  INTERNAL_ERROR = 'INTERNAL_ERROR',
  /** `sign` was asked for a format other than `cms`. */
  UNSUPPORTED_FORMAT = 'UNSUPPORTED_FORMAT',
  /** `allowedStorages` names only stores this agent does not serve (an ID card, a cloud key). */
  STORAGE_NOT_AVAILABLE = 'STORAGE_NOT_AVAILABLE',
  /** The data or signing parameters cannot be signed as asked (bad base64, a digest of the wrong length…). */
  INVALID_SIGNING_PARAMS = 'INVALID_SIGNING_PARAMS',
  /** The certificate's key algorithm has no signing profile in this agent (see `SIGNING_PROFILES`). */
  UNSUPPORTED_ALGORITHM = 'UNSUPPORTED_ALGORITHM',
  /** No token is connected, or not the one named by `slotId`. */
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
  /** The token refused an operation for a reason of its own; the message names the PKCS#11 code. */
  TOKEN_ERROR = 'TOKEN_ERROR',
  /** No certificate on the connected tokens matches the requested usage, IIN or BIN. */
  CERTIFICATE_NOT_FOUND = 'CERTIFICATE_NOT_FOUND',
  /** Only expired or not-yet-valid certificates match. */
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  /** The private key of the chosen certificate, or the key pair named by `keyId`, is not on the token. */
  KEY_NOT_FOUND = 'KEY_NOT_FOUND',
  /** The bytes are not an X.509 certificate. */
  INVALID_CERTIFICATE = 'INVALID_CERTIFICATE',
  /** The certificate's public key belongs to no key pair on the token. */
  CERTIFICATE_KEY_MISMATCH = 'CERTIFICATE_KEY_MISMATCH',
  /** The token holds this certificate already. */
  CERTIFICATE_ALREADY_PRESENT = 'CERTIFICATE_ALREADY_PRESENT',
  /** The file picked in the prompt is not a PKCS#12 key store; the prompt lets the user pick another. */
  KEY_FILE_INVALID = 'KEY_FILE_INVALID',
  /** The key file's password is wrong; the prompt lets the user retry (a file counts no tries). */
  KEY_FILE_PASSWORD_INCORRECT = 'KEY_FILE_PASSWORD_INCORRECT',
  /** The key file's certificate is not for this request (another purpose, IIN or BIN, or expired). */
  KEY_FILE_NOT_SUITABLE = 'KEY_FILE_NOT_SUITABLE',
  /** The PIN entered in the prompt is wrong; the prompt lets the user retry. */
  PIN_INCORRECT = 'PIN_INCORRECT',
  /** The token has locked the PIN after too many wrong entries. */
  PIN_LOCKED = 'PIN_LOCKED',
  /** A new PIN breaks the PIN rules; the prompt lets the user choose another. */
  PIN_POLICY = 'PIN_POLICY',
  /**
   * `changePin` with `fromDefault`: the token's user PIN is no longer the factory default, it was set
   * already. The prompt closes (no retry): the wizard tells the user their password is set.
   */
  PIN_NOT_DEFAULT = 'PIN_NOT_DEFAULT',
  /** The user closed the PIN prompt with Cancel. */
  PIN_CANCELLED = 'PIN_CANCELLED',
  /** Nobody entered the PIN before the prompt expired. */
  PIN_TIMEOUT = 'PIN_TIMEOUT',
  /** Formatting needs exactly one token with contents connected: another may belong to someone else. */
  MULTIPLE_TOKENS = 'MULTIPLE_TOKENS',
  /** Formatting was not confirmed explicitly. */
  CONFIRMATION_REQUIRED = 'CONFIRMATION_REQUIRED',
}

/** A refusal with a code the page can act on; anything else is answered as INTERNAL_ERROR. */
export class AgentError extends Error {
  constructor(
    readonly code: AgentErrorCode,
    message: string,
    /** Safe, structured facts for the page (never a PIN): the token's PIN state, the field at fault. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AgentError';
  }
}

export function isAgentError(error: unknown, ...codes: AgentErrorCode[]): error is AgentError {
  return error instanceof AgentError && (codes.length === 0 || codes.includes(error.code));
}
