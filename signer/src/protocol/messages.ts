import { z } from 'zod';
import type { AgentErrorCode } from './agent-error-code.js';

/** The agent's own methods; `kz.gov.pki.knca.basics` (the national agent's) is served beside it. */
export const AGENT_MODULE = 'kz.qoltanba.agent';

/**
 * A request as the national signing agent takes it: `{ module, method, args }`. An optional `id`
 * is echoed back so a page may have several requests in flight on one socket.
 */
export const agentRequestSchema = z.object({
  id: z.union([z.string().max(64), z.number()]).optional(),
  module: z.string().min(1).max(100),
  method: z.string().min(1).max(100),
  args: z.unknown().optional(),
});

export type AgentRequest = z.infer<typeof agentRequestSchema>;

/** Answers in the national agent's shape: `{ status: true, body: { result } }` or a coded refusal. */
export type AgentResponse = { id?: string | number } & (
  | { status: true; body: { result: unknown } }
  | { status: false; code: AgentErrorCode; message: string; details?: Record<string, unknown> }
);

/**
 * The socket URL's query by which a page asks for the agent's events (`pinRequested`, the PIN
 * prompt's address, for the page to open as a pop-up). Pages written for the national agent do
 * not ask: it sends them nothing but answers, and opens its PIN prompt itself.
 */
export const PIN_EVENTS_QUERY = 'events=pin';

/** The national agent's greeting to every new socket; pages written for it wait for it. */
export interface AgentGreeting {
  result: { version: string };
}

/**
 * `kz.gov.pki.knca.commonUtils` answers in the national agent's older shape: `{ code: "200",
 * responseObject }`, or `{ code: "500", message }` (a cancelled PIN entry: `action.canceled`). The
 * refusal also carries this agent's own code, which the national agent's pages ignore.
 */
export type CommonUtilsResponse = { id?: string | number } & (
  { code: '200'; responseObject?: unknown } | { code: '500'; message: string; errorCode: AgentErrorCode }
);

/** How a module's methods answer: `basics` (and this agent's own) or `commonUtils`. */
export type AnswerShape = 'basics' | 'commonUtils';

/** The national agent's module, whose `sign` this agent serves for `format: "cms"`. */
export const BASICS_MODULE = 'kz.gov.pki.knca.basics';

/** The national agent's older module: key information and CAdES by storage type and key type. */
export const COMMON_UTILS_MODULE = 'kz.gov.pki.knca.commonUtils';
