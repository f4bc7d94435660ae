/** Why the agent refused a request; the page shows a message per code. */
export enum AgentErrorCode {
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  UNKNOWN_METHOD = 'UNKNOWN_METHOD',
  INTERNAL_ERROR = 'INTERNAL_ERROR',
}

/** A refusal with a code the page can act on; anything else is answered as INTERNAL_ERROR. */
export class AgentError extends Error {
  constructor(
    readonly code: AgentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AgentError';
  }
}
