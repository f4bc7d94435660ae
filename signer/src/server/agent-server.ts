import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { WebSocketServer } from 'ws';
import type { AgentLog } from '../agent-log.js';
import type { Connection, Dispatcher } from '../protocol/dispatcher.js';
import { type AgentGreeting, PIN_EVENTS_QUERY } from '../protocol/messages.js';
import type { HttpRoute } from '../pin/pin-routes.js';

/** Plain (`ws://`, `http://`) or TLS (`wss://`, `https://`): the agent serves both alike. */
export type AgentHttpServer = HttpServer | HttpsServer;

export interface AgentServerOptions {
  port: number;
  allowedOrigins: readonly string[];
  dispatcher: Dispatcher;
  /** HTTP on the same port: the agent's own PIN prompt pages. */
  httpRoute: HttpRoute;
  log: AgentLog;
  /** The agent's version, in the greeting every new socket gets. */
  version: string;
  /** Shows one of the agent's own pages to the user (the system's browser). */
  openPage: (url: string) => void;
}

export interface RunningAgentServer {
  port: number;
  close(): Promise<void>;
}

/** Large enough for a batch of documents to sign, small enough to refuse abuse. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * The agent's endpoint on `http`, a plain or a TLS server, listening on 127.0.0.1 only: the
 * WebSocket of the bank page and the agent's own PIN prompt pages. The WebSocket handshake of any
 * page whose Origin is not configured is refused: another site open in the same browser cannot
 * drive the token. The agent runs this once per port (`ws://` and `wss://`), with the same options.
 */
export function startAgentServer(
  http: AgentHttpServer,
  options: AgentServerOptions,
): Promise<RunningAgentServer> {
  const allowed = new Set(options.allowedOrigins);
  http.on('request', (request, response) => {
    if (!options.httpRoute(request, response)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Frame-Options': 'DENY' });
      response.end('Not found');
    }
  });
  const sockets = new WebSocketServer({
    server: http,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin }: { origin: string; req: IncomingMessage }) => {
      const ok = allowed.has(origin);
      if (!ok) options.log('origin refused', { origin });
      return ok;
    },
  });
  // ws repeats the HTTP server's own errors here (a port in use: listen's promise reports that one).
  sockets.on('error', (error) => options.log('server error', { error: error.message }));
  sockets.on('connection', (socket, request) => {
    const greeting: AgentGreeting = { result: { version: options.version } };
    socket.send(JSON.stringify(greeting));
    // A page that did not ask for events gets none: pages written for the national agent take the
    // first message after a request for its answer. For those the agent opens the PIN prompt itself.
    const asked = new URL(request.url ?? '/', 'ws://agent').searchParams;
    const wantsEvents = [...new URLSearchParams(PIN_EVENTS_QUERY)].every(([key, value]) =>
      asked.getAll(key).includes(value),
    );
    const closeListeners = new Set<() => void>();
    socket.once('close', () => {
      for (const listener of closeListeners) listener();
    });
    const connection: Connection = {
      origin: request.headers.origin ?? '',
      preferences: {},
      notify: (event) => {
        if (wantsEvents) socket.send(JSON.stringify(event));
        else if (event.event === 'pinRequested') options.openPage(event.url);
      },
      onClose: (listener) => {
        closeListeners.add(listener);
        return () => closeListeners.delete(listener);
      },
    };
    socket.on('message', (data: Buffer) => {
      void options.dispatcher
        .handle(data.toString('utf8'), connection, (error) =>
          options.log('request failed', { error: error instanceof Error ? error.message : String(error) }),
        )
        .then((response) => socket.send(JSON.stringify(response)));
    });
  });
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, '127.0.0.1', () => {
      const address = http.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : options.port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            http.closeAllConnections();
            http.close(() => done());
          }),
      });
    });
  });
}
