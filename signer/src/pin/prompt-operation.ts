/** What the PIN is asked for; the prompt names it, e.g. "Sign 20 documents". */
export type PromptOperation =
  | { kind: 'sign'; documents: number }
  /** A page asks which key the user has (getKeyInfo): for a key file, the file is opened to read it. */
  | { kind: 'readKeyInfo' }
  | { kind: 'generateKeyPair' }
  | { kind: 'createCertificateRequest' }
  | { kind: 'writeCertificate' }
  | { kind: 'prepareRegistration' }
  | { kind: 'changePin' }
  | { kind: 'setInitialPin' }
  | { kind: 'unblockPin' }
  | { kind: 'formatToken' };

export type PromptField = 'pin' | 'soPin' | 'newPin' | 'confirmation' | 'keyFile' | 'password';

/** A key in a file (PKCS#12) is picked and opened with its password where a token asks for its PIN. */
export const KEY_FILE_FIELDS: PromptField[] = ['keyFile', 'password'];

/** The fields the prompt shows for each operation; `newPin` is typed twice on the page. */
export const PROMPT_FIELDS: Record<PromptOperation['kind'], PromptField[]> = {
  sign: ['pin'],
  // Certificates are public: choosing one among several needs no PIN (a key file needs its password).
  readKeyInfo: [],
  generateKeyPair: ['pin'],
  createCertificateRequest: ['pin'],
  writeCertificate: ['pin'],
  prepareRegistration: ['pin'],
  changePin: ['pin', 'newPin'],
  setInitialPin: ['newPin'],
  unblockPin: ['soPin', 'newPin'],
  formatToken: ['soPin', 'newPin', 'confirmation'],
};

/** What one submission of the prompt carries to the operation, and only to it. */
export interface PinEntry {
  pin?: string;
  soPin?: string;
  newPin?: string;
  /** The user ticked "I understand that everything on the token will be destroyed". */
  confirmed?: boolean;
  /** The certificate chosen, an index into the prompt's `choices`. */
  choice?: number;
  /** The key file the user picked (PKCS#12), and its password: never kept past the request. */
  keyFile?: Uint8Array;
  password?: string;
}
