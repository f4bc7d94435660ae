import { readFile } from 'node:fs/promises';
import { findFreePort } from '@qoltanba/local/ports';
import { stopWithThisProcess } from '@qoltanba/local/services/orphan-guard';
import WebSocket from 'ws';
import { type AgentProcess, startAgentProcess } from '../src/client/agent-process.js';
import { tlsPaths } from '../src/tls/tls-files.js';

/** The agent's process is stopped by the run's guard if the run is killed before it stops it. */
export const guarded = { guard: stopWithThisProcess };

/**
 * The built agent with its secure socket on, on free ports (never 13579/13580: one fixed port per
 * machine), its TLS material in `dataDir`. `env` adds the token store and allowed origins.
 */
export async function startSecureAgent(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  ports: { port?: number; tlsPort?: number } = {},
): Promise<AgentProcess & { tlsPort: number }> {
  const agent = await startAgentProcess(
    {
      SIGNER_PORT: String(ports.port ?? (await findFreePort())),
      SIGNER_TLS_PORT: String(ports.tlsPort ?? (await findFreePort())),
      SIGNER_DATA_DIR: dataDir,
      ...env,
    },
    guarded,
  );
  return agent as AgentProcess & { tlsPort: number };
}

/** The local CA's certificate the agent made in `dataDir` (PEM): what a trusting client trusts. */
export function localCaPem(dataDir: string): Promise<string> {
  return readFile(tlsPaths(dataDir).caCertificate, 'utf8');
}

/** Opens a socket and collects the first `count` messages, or fails with the socket's error. */
export function firstMessages(
  url: string,
  options: WebSocket.ClientOptions,
  count: number,
  send?: unknown,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options);
    const received: unknown[] = [];
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`closed (${code}) after ${received.length} messages`)));
    socket.once('open', () => {
      if (send !== undefined) socket.send(JSON.stringify(send));
    });
    socket.on('message', (data: Buffer) => {
      received.push(JSON.parse(data.toString('utf8')));
      if (received.length === count) {
        socket.close();
        resolve(received);
      }
    });
  });
}

/** Polls `condition` until it holds; fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
