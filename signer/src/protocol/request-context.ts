import type { PromptOperation } from '../pin/prompt-operation.js';

/** Messages the agent sends on its own initiative, on the socket of the request they concern. */
export type AgentEvent =
  | {
      event: 'pinRequested';
      /** The `id` of the request that needs the PIN, or null when the request had none. */
      requestId: string | number | null;
      promptId: string;
      /** The agent's one-time prompt page; the bank page opens it as a pop-up. */
      url: string;
      operation: PromptOperation;
    }
  | {
      event: 'pinPromptClosed';
      requestId: string | number | null;
      promptId: string;
      outcome: 'accepted' | 'cancelled' | 'timeout' | 'failed';
    };

/** What a method handler knows about the request beyond its arguments. */
export interface RequestContext {
  requestId: string | number | undefined;
  /** The Origin of the page on the other end of the socket (one of the allowed origins). */
  origin: string;
  notify(event: AgentEvent): void;
  /** Runs `listener` if the page's socket closes first; returns the way to unsubscribe. */
  onClose(listener: () => void): () => void;
  /** What the page set for its socket: the prompts' language (`commonUtils.changeLocale`). */
  preferences: { locale?: string };
}
