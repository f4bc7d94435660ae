import type { SigningProfile } from '../crypto/signing-profile.js';
import type { PinPrompts } from '../pin/pin-prompt.js';
import type { TokenLibrary } from '../pkcs11/token-library.js';

/** What the method handlers work with; built once by `startAgent`. */
export interface AgentServices {
  tokens: TokenLibrary;
  prompts: PinPrompts;
  /** The algorithm of keys generated on tokens (signing follows each certificate's own key). */
  keyProfile: SigningProfile;
}
