import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every log line of one API request carries. */
export interface RequestContext {
  requestId: string;
}

const requests = new AsyncLocalStorage<RequestContext>();

/**
 * A caller's (or a proxy's) `X-Request-Id` is kept when it is short and plain, so one id follows a
 * request through the proxy's logs and ours; anything else could forge log lines or bloat them.
 */
const WELL_FORMED = /^[\w-]{1,64}$/;

/** The request's id: the incoming `X-Request-Id` when well-formed, else a new one; echoed in the answer. */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

/**
 * Express middleware, after pino-http gave the request its id (or giving it one, without pino-http in
 * front): the rest of the request runs in its context, so the logger's mixin stamps `requestId` on
 * every line a service writes meanwhile.
 */
export function requestContextMiddleware(
  request: IncomingMessage & { id?: string },
  response: ServerResponse,
  next: () => void,
): void {
  request.id ??= assignRequestId(request, response);
  requests.run({ requestId: request.id }, next);
}

/** The request being served, if any. */
export function currentRequest(): RequestContext | undefined {
  return requests.getStore();
}
