/**
 * The agent's wire contract as types only, for pages that talk to it (the bank's web app imports
 * this instead of writing the messages again). Nothing here runs: every export is a type.
 */
import type { AgentErrorCode } from './agent-error-code.js';

export type { AgentRequest, AgentResponse } from './messages.js';
export type { AgentEvent } from './request-context.js';

/** An agent refusal's code as the string it travels as. */
export type AgentErrorCodeValue = `${AgentErrorCode}`;
