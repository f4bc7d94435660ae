import WebSocket from 'ws';
import { type AgentResponse, PIN_EVENTS_QUERY } from '../protocol/messages.js';
import type { AgentEvent } from '../protocol/request-context.js';

export type PinRequestedEvent = Extract<AgentEvent, { event: 'pinRequested' }>;

export interface RequestOptions {
  /** Called when the agent asks for a PIN for this request: open (or drive) its prompt page. */
  onPinRequested?: (event: PinRequestedEvent) => void;
  onEvent?: (event: AgentEvent) => void;
}

/** A refusal answered by the agent, with its code. */
export class AgentRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${message}`);
    this.name = 'AgentRefusal';
  }
}

/**
 * A Node client of the agent's WebSocket protocol, as the bank's web app speaks it: requests carry
 * an `id`, answers and events are matched to requests by it. Tests, benchmarks and the backend's
 * end-to-end suites use it; the browser does the same with its own WebSocket.
 */
export class AgentClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(response: AgentResponse): void; options: RequestOptions }
  >();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.receive(data.toString('utf8')));
    socket.on('close', () => {
      for (const [, waiting] of this.pending) {
        waiting.resolve({
          status: false,
          code: 'INTERNAL_ERROR' as never,
          message: 'The agent closed the socket.',
        });
      }
      this.pending.clear();
    });
  }

  /** Opens the socket as a page of `origin` would (the agent refuses origins it does not know). */
  static async connect(url: string, origin: string): Promise<AgentClient> {
    // Asks for the agent's events: the caller plays the user at the PIN prompt they name.
    const withEvents = new URL(url);
    withEvents.search = PIN_EVENTS_QUERY;
    const socket = new WebSocket(withEvents, { origin });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new AgentClient(socket);
  }

  /** The raw answer: `{ status: true, body: { result } }` or `{ status: false, code, message }`. */
  request(
    module: string,
    method: string,
    args?: unknown,
    options: RequestOptions = {},
  ): Promise<AgentResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, options });
      this.socket.send(JSON.stringify({ id, module, method, args }));
    });
  }

  /** The result, or an AgentRefusal carrying the agent's code. */
  async call<T = unknown>(
    module: string,
    method: string,
    args?: unknown,
    options?: RequestOptions,
  ): Promise<T> {
    const response = await this.request(module, method, args, options);
    if (!response.status) throw new AgentRefusal(response.code, response.message, response.details);
    return response.body.result as T;
  }

  close(): void {
    this.socket.close();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as (AgentResponse & { id?: number }) | AgentEvent;
    if ('event' in message) {
      const waiting = typeof message.requestId === 'number' ? this.pending.get(message.requestId) : undefined;
      waiting?.options.onEvent?.(message);
      if (message.event === 'pinRequested') waiting?.options.onPinRequested?.(message);
      return;
    }
    if (typeof message.id !== 'number') return;
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    waiting?.resolve(message);
  }
}
