import type { IncomingMessage } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Dispatcher } from '../protocol/dispatcher.js';

export interface AgentServerOptions {
  port: number;
  allowedOrigins: readonly string[];
  dispatcher: Dispatcher;
  log: (event: string, fields?: Record<string, unknown>) => void;
}

export interface RunningAgentServer {
  port: number;
  close(): Promise<void>;
}

/** Large enough for a batch of documents to sign, small enough to refuse abuse. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * The agent's WebSocket endpoint. It binds to 127.0.0.1 only and refuses the handshake of any page
 * whose Origin is not configured: another site open in the same browser cannot drive the token.
 */
export function startAgentServer(options: AgentServerOptions): Promise<RunningAgentServer> {
  const allowed = new Set(options.allowedOrigins);
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: options.port,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin }: { origin: string; req: IncomingMessage }) => {
      const ok = allowed.has(origin);
      if (!ok) options.log('origin refused', { origin });
      return ok;
    },
  });
  server.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      void options.dispatcher
        .handle(data.toString('utf8'), (error) => options.log('request failed', { error: String(error) }))
        .then((response) => socket.send(JSON.stringify(response)));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : options.port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of server.clients) client.terminate();
            server.close(() => done());
          }),
      });
    });
  });
}
