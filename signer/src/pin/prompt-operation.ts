/** What the PIN is asked for; the prompt names it, e.g. "Sign 20 documents". */
export type PromptOperation =
  | { kind: 'sign'; documents: number }
  | { kind: 'generateKeyPair' }
  | { kind: 'createCertificateRequest' }
  | { kind: 'writeCertificate' }
  | { kind: 'prepareRegistration' }
  | { kind: 'changePin' }
  | { kind: 'setInitialPin' }
  | { kind: 'unblockPin' }
  | { kind: 'formatToken' };

export type PromptField = 'pin' | 'soPin' | 'newPin' | 'confirmation';

/** The fields the prompt shows for each operation; `newPin` is typed twice on the page. */
export const PROMPT_FIELDS: Record<PromptOperation['kind'], PromptField[]> = {
  sign: ['pin'],
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
}
