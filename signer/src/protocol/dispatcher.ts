import { AgentError, AgentErrorCode } from './agent-error-code.js';
import {
  type AgentResponse,
  type AnswerShape,
  type CommonUtilsResponse,
  agentRequestSchema,
} from './messages.js';
import type { RequestContext } from './request-context.js';

export type MethodHandler = (args: unknown, context: RequestContext) => Promise<unknown>;

/** The socket a request came on: who is on the other end, and how to tell it something. */
export type Connection = Pick<RequestContext, 'origin' | 'notify' | 'onClose' | 'preferences'>;

type Answer = AgentResponse | CommonUtilsResponse;

/** Routes `{ module, method }` to its handler and turns every outcome into an answer. */
export class Dispatcher {
  private readonly handlers = new Map<string, { handler: MethodHandler; shape: AnswerShape }>();

  /** `shape`: how the method answers, as the national agent's module it belongs to does. */
  register(module: string, method: string, handler: MethodHandler, shape: AnswerShape = 'basics'): this {
    this.handlers.set(`${module}#${method}`, { handler, shape });
    return this;
  }

  async handle(raw: string, connection: Connection, onUnexpected: (error: unknown) => void): Promise<Answer> {
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
    const registered = this.handlers.get(`${module}#${method}`);
    if (!registered) {
      return refusal(
        id,
        new AgentError(AgentErrorCode.UNKNOWN_METHOD, `Unknown method ${module}.${method}.`),
      );
    }
    const { handler, shape } = registered;
    try {
      const result = await handler(args, { requestId: id, ...connection });
      return shape === 'commonUtils'
        ? withId(id, { code: '200', ...(result === undefined ? {} : { responseObject: result }) })
        : withId(id, { status: true, body: { result } });
    } catch (error) {
      let refused: AgentError;
      if (error instanceof AgentError) refused = error;
      else {
        onUnexpected(error);
        refused = new AgentError(AgentErrorCode.INTERNAL_ERROR, 'The signing agent failed; see its log.');
      }
      return shape === 'commonUtils' ? commonUtilsRefusal(id, refused) : refusal(id, refused);
    }
  }
}

function commonUtilsRefusal(id: string | number | undefined, error: AgentError): CommonUtilsResponse {
  // The national agent's words for a cancelled entry, which its pages test for.
  const message = error.code === AgentErrorCode.PIN_CANCELLED ? 'action.canceled' : error.message;
  return withId(id, { code: '500', message, errorCode: error.code });
}

function refusal(id: string | number | undefined, error: AgentError): AgentResponse {
  return withId(id, {
    status: false,
    code: error.code,
    message: error.message,
    ...(error.details ? { details: error.details } : {}),
  });
}

function withId<T extends Answer>(id: string | number | undefined, response: T): T {
  return id === undefined ? response : { id, ...response };
}
