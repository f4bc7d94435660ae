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

/** The national agent's module, whose `sign` this agent serves for `format: "cms"`. */
export const BASICS_MODULE = 'kz.gov.pki.knca.basics';
