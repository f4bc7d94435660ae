/**
 * The agent's wire contract as types only, for pages that talk to it (the bank's web app imports
 * this instead of writing the messages again). Nothing here runs: every export is a type.
 */
import type { AgentErrorCode } from './agent-error-code.js';

export type { AgentGreeting, AgentRequest, AgentResponse, CommonUtilsResponse } from './messages.js';
export type { AgentEvent } from './request-context.js';

/** The socket URL's query that asks for the agent's events (messages.ts PIN_EVENTS_QUERY). */
export type PinEventsQuery = 'events=pin';

/** An agent refusal's code as the string it travels as. */
export type AgentErrorCodeValue = `${AgentErrorCode}`;
