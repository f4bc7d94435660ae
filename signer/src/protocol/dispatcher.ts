import { AgentError, AgentErrorCode } from './agent-error-code.js';
import { agentRequestSchema, type AgentResponse } from './messages.js';
import type { RequestContext } from './request-context.js';

export type MethodHandler = (args: unknown, context: RequestContext) => Promise<unknown>;

/** The socket a request came on: who is on the other end, and how to tell it something. */
export type Connection = Pick<RequestContext, 'origin' | 'notify' | 'onClose'>;

/** Routes `{ module, method }` to its handler and turns every outcome into an answer. */
export class Dispatcher {
  private readonly handlers = new Map<string, MethodHandler>();

  register(module: string, method: string, handler: MethodHandler): this {
    this.handlers.set(`${module}#${method}`, handler);
    return this;
  }

  async handle(
    raw: string,
    connection: Connection,
    onUnexpected: (error: unknown) => void,
  ): Promise<AgentResponse> {
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(raw);
    } catch {
      return refusal(undefined, new AgentError(AgentErrorCode.MALFORMED_REQUEST, 'The message is not JSON.'));
    }
    const request = agentRequestSchema.safeParse(parsedJson);
    if (!request.success) {
      return refusal(
        undefined,
        new AgentError(AgentErrorCode.MALFORMED_REQUEST, 'Expected { module, method, args }.'),
      );
    }
    const { id, module, method, args } = request.data;
    const handler = this.handlers.get(`${module}#${method}`);
    if (!handler) {
      return refusal(
        id,
        new AgentError(AgentErrorCode.UNKNOWN_METHOD, `Unknown method ${module}.${method}.`),
      );
    }
    try {
      const result = await handler(args, { requestId: id, ...connection });
      return withId(id, { status: true, body: { result } });
    } catch (error) {
      if (error instanceof AgentError) return refusal(id, error);
      onUnexpected(error);
      return refusal(
        id,
        new AgentError(AgentErrorCode.INTERNAL_ERROR, 'The signing agent failed; see its log.'),
      );
    }
  }
}

function refusal(id: string | number | undefined, error: AgentError): AgentResponse {
  return withId(id, {
    status: false,
    code: error.code,
    message: error.message,
    ...(error.details ? { details: error.details } : {}),
  });
}

function withId(id: string | number | undefined, response: AgentResponse): AgentResponse {
  return id === undefined ? response : { id, ...response };
}
