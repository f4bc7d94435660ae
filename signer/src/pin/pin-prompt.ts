import { randomBytes } from 'node:crypto';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import type { PinState } from '../pkcs11/pin-state.js';
import type { CertificateChoice } from './certificate-choice.js';
import type { PinPolicyReason } from './pin-policy.js';
import { type Locale, PROMPT_TEXTS, type PromptTexts } from './pin-prompt-texts.js';
import {
  KEY_FILE_FIELDS,
  type PinEntry,
  PROMPT_FIELDS,
  type PromptField,
  type PromptOperation,
} from './prompt-operation.js';

export interface PinPromptRequest {
  /** The token the PIN is for; for a key file (`keyFile`), the store's name. */
  token: { slotId: string; label: string };
  /** The key is in a file the user picks on the page and opens with its password, not on a token. */
  keyFile?: boolean;
  operation: PromptOperation;
  /** The token's counter for the PIN asked first (the user's, or the administrator's). */
  pinState: PinState;
  locale: Locale;
  /** The origin of the page that asked, shown so the user sees which site wants the signature. */
  requestedBy: string;
  /** Several certificates fit: the page lists them and each entry names the one chosen. */
  choices?: CertificateChoice[];
}

/** The answer to one submission of the prompt page. */
export type AttemptReply =
  | { outcome: 'accepted'; message: string }
  /** Wrong PIN, or a new PIN that breaks the rules: the page lets the user try again. */
  | { outcome: 'retry'; code: AgentErrorCode; message: string; pinState?: PinState }
  /** The operation ended without success (locked PIN, token error) or the prompt is gone. */
  | { outcome: 'failed' | 'closed'; code?: AgentErrorCode; message: string }
  /** An earlier submission is still being checked on the token. */
  | { outcome: 'busy'; message: string };

/**
 * One PIN request between an operation waiting for a PIN and the agent's prompt page. The page
 * submits entries; the operation takes each one, tries it on the token and reports how it went,
 * which is what the page's submission answers. The prompt keeps no entry once handed over.
 */
export class PinPrompt {
  /** 256 random bits, base64url: the one-time path of the prompt page. */
  readonly id = randomBytes(32).toString('base64url');
  readonly deadline: number;
  readonly fields: PromptField[];
  private pinState: PinState;
  private waiter?: { resolve(entry: PinEntry): void; reject(error: AgentError): void };
  private queued?: PinEntry;
  private pendingReply?: (reply: AttemptReply) => void;
  private accepted = false;
  private ended?: AgentError;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly request: PinPromptRequest,
    timeoutMs: number,
    private readonly onClose: (prompt: PinPrompt) => void,
  ) {
    this.deadline = Date.now() + timeoutMs;
    this.fields = request.keyFile ? KEY_FILE_FIELDS : PROMPT_FIELDS[request.operation.kind];
    this.pinState = request.pinState;
    this.timer = setTimeout(
      () => this.end(new AgentError(AgentErrorCode.PIN_TIMEOUT, 'Nobody entered the PIN in time.')),
      timeoutMs,
    );
  }

  get texts(): PromptTexts {
    return PROMPT_TEXTS[this.request.locale];
  }

  get currentPinState(): PinState {
    return this.pinState;
  }

  /** The token took a PIN from this prompt; later refusals are the operation's, not the PIN's. */
  get wasAccepted(): boolean {
    return this.accepted;
  }

  // The operation's side.

  /** The next submission; rejects with PIN_CANCELLED or PIN_TIMEOUT when the prompt ends first. */
  nextEntry(): Promise<PinEntry> {
    if (this.ended) return Promise.reject(this.ended);
    const queued = this.queued;
    if (queued) {
      this.queued = undefined;
      return Promise.resolve(queued);
    }
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  /** The token took the PIN: the page may close. */
  accept(): void {
    if (this.accepted) return;
    this.accepted = true;
    this.reply({ outcome: 'accepted', message: this.texts.accepted });
  }

  /** The entry was refused in a way the user can fix by typing again. */
  retry(error: AgentError): void {
    if (this.ended) {
      this.reply({ outcome: 'closed', code: this.ended.code, message: this.endMessage(this.ended) });
      return;
    }
    const pinState = error.details?.pinState as PinState | undefined;
    if (pinState) this.pinState = pinState;
    this.reply({
      outcome: 'retry',
      code: error.code,
      message: this.retryMessage(error),
      pinState: this.pinState,
    });
  }

  /** The operation gave up (a locked PIN, a token error): nothing more can be entered. */
  fail(error: unknown): void {
    const code = error instanceof AgentError ? error.code : AgentErrorCode.INTERNAL_ERROR;
    const message = this.failureMessage(code);
    this.ended ??= new AgentError(code, message);
    this.reply({ outcome: 'failed', code, message });
  }

  /** Forgets the prompt: its page answers "no longer valid" from now on. */
  close(): void {
    clearTimeout(this.timer);
    this.queued = undefined;
    this.ended ??= new AgentError(AgentErrorCode.PIN_CANCELLED, 'The PIN prompt is closed.');
    this.reply({ outcome: 'closed', message: this.texts.expired });
    this.onClose(this);
  }

  // The page's side.

  /** One submission from the prompt page; answers once the token has said yes or no. */
  submit(entry: PinEntry): Promise<AttemptReply> {
    if (this.ended || this.accepted) {
      return Promise.resolve({
        outcome: 'closed',
        message: this.ended ? this.endMessage(this.ended) : this.texts.accepted,
      });
    }
    if (this.pendingReply || this.queued) {
      return Promise.resolve({ outcome: 'busy', message: this.texts.checking });
    }
    const reply = new Promise<AttemptReply>((resolve) => {
      this.pendingReply = resolve;
    });
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) waiter.resolve(entry);
    else this.queued = entry;
    return reply;
  }

  /** The user pressed Cancel (or the page gave up on the request). */
  cancel(): void {
    this.end(new AgentError(AgentErrorCode.PIN_CANCELLED, 'The user cancelled the PIN entry.'));
  }

  private end(error: AgentError): void {
    if (this.ended || this.accepted) return;
    this.ended = error;
    this.queued = undefined;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
    // A submission being checked right now still gets its answer from the operation.
  }

  private reply(reply: AttemptReply): void {
    const pending = this.pendingReply;
    this.pendingReply = undefined;
    pending?.(reply);
  }

  private endMessage(error: AgentError): string {
    if (error.code === AgentErrorCode.PIN_CANCELLED) return this.texts.cancelled;
    if (error.code === AgentErrorCode.PIN_TIMEOUT) return this.texts.expired;
    return this.failureMessage(error.code);
  }

  private failureMessage(code: AgentErrorCode): string {
    if (code === AgentErrorCode.PIN_LOCKED) return this.texts.locked;
    if (code === AgentErrorCode.PIN_NOT_DEFAULT) return this.texts.notDefault;
    return this.texts.failed;
  }

  private retryMessage(error: AgentError): string {
    switch (error.code) {
      case AgentErrorCode.PIN_INCORRECT:
        return [this.texts.wrongPin, this.texts.pinState(this.pinState)].filter(Boolean).join(' ');
      case AgentErrorCode.PIN_POLICY:
        return this.texts.policy[(error.details?.reason as PinPolicyReason | 'token' | undefined) ?? 'token'];
      case AgentErrorCode.CONFIRMATION_REQUIRED:
        return this.texts.confirmationRequired;
      case AgentErrorCode.KEY_FILE_INVALID:
      case AgentErrorCode.KEY_FILE_PASSWORD_INCORRECT:
      case AgentErrorCode.KEY_FILE_NOT_SUITABLE:
        return this.texts.keyFile.refused[error.code];
      default:
        return this.texts.failed;
    }
  }
}

/** The open PIN prompts, by their one-time id, and the origin their pages are served from. */
export class PinPrompts {
  private readonly prompts = new Map<string, PinPrompt>();
  private origin = '';

  constructor(private readonly timeoutMs: number) {}

  /** The agent's own origin, known once its HTTP server listens: `http://127.0.0.1:<port>`. */
  serveAt(origin: string): void {
    this.origin = origin;
  }

  get agentOrigin(): string {
    return this.origin;
  }

  open(request: PinPromptRequest): PinPrompt {
    const prompt = new PinPrompt(request, this.timeoutMs, (closed) => this.prompts.delete(closed.id));
    this.prompts.set(prompt.id, prompt);
    return prompt;
  }

  urlOf(prompt: PinPrompt): string {
    return `${this.origin}/pin/${prompt.id}`;
  }

  find(id: string): PinPrompt | undefined {
    return this.prompts.get(id);
  }

  /** On shutdown: every waiting operation ends as cancelled. */
  closeAll(): void {
    for (const prompt of [...this.prompts.values()]) {
      prompt.cancel();
      prompt.close();
    }
  }
}
