import type { SignerConfig } from './config.js';
import { TokenLibrary } from './pkcs11/token-library.js';
import { Dispatcher } from './protocol/dispatcher.js';
import { type RunningAgentServer, startAgentServer } from './server/agent-server.js';
import { registerTokenMethods } from './token-methods.js';

export const AGENT_VERSION = '0.1.0';

export interface RunningAgent {
  port: number;
  stop(): Promise<void>;
}

/** Loads the token library and serves the agent's methods until stopped. */
export async function startAgent(
  config: Pick<SignerConfig, 'port' | 'pkcs11Module' | 'allowedOrigins'>,
  log: (event: string, fields?: Record<string, unknown>) => void,
): Promise<RunningAgent> {
  const tokens = TokenLibrary.open(config.pkcs11Module);
  const dispatcher = new Dispatcher();
  registerTokenMethods(dispatcher, tokens, AGENT_VERSION);
  let server: RunningAgentServer;
  try {
    server = await startAgentServer({
      port: config.port,
      allowedOrigins: config.allowedOrigins,
      dispatcher,
      log,
    });
  } catch (error) {
    tokens.close();
    throw error;
  }
  return {
    port: server.port,
    async stop() {
      await server.close();
      tokens.close();
    },
  };
}
