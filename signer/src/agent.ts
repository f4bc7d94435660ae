import type { SignerConfig } from './config.js';
import { SIGNING_PROFILES } from './crypto/signing-profile.js';
import { registerAgentMethods } from './methods/agent-methods.js';
import { registerBasicsMethods } from './methods/basics-methods.js';
import { registerCommonUtilsMethods } from './methods/common-utils-methods.js';
import { PinPrompts } from './pin/pin-prompt.js';
import { pinRoutes } from './pin/pin-routes.js';
import { TokenLibrary } from './pkcs11/token-library.js';
import { Dispatcher } from './protocol/dispatcher.js';
import { type RunningAgentServer, startAgentServer } from './server/agent-server.js';
import { openInSystemBrowser } from './server/system-browser.js';

export const AGENT_VERSION = '0.2.0';

export interface RunningAgent {
  port: number;
  /** `http://127.0.0.1:<port>`: where the PIN prompt pages are served. */
  origin: string;
  stop(): Promise<void>;
}

export type AgentOptions = Pick<SignerConfig, 'port' | 'pkcs11Module' | 'allowedOrigins'> &
  Partial<Pick<SignerConfig, 'pinTimeoutMs' | 'keyProfile' | 'browser'>>;

/** Loads the token library and serves the agent's methods and PIN prompts until stopped. */
export async function startAgent(
  config: AgentOptions,
  log: (event: string, fields?: Record<string, unknown>) => void,
): Promise<RunningAgent> {
  const keyProfile = SIGNING_PROFILES[config.keyProfile ?? 'RSA-2048/SHA-256'];
  if (!keyProfile) throw new Error(`Unknown key profile ${config.keyProfile}.`);
  const tokens = TokenLibrary.open(config.pkcs11Module);
  const prompts = new PinPrompts(config.pinTimeoutMs ?? 120_000);
  const services = { tokens, prompts, keyProfile };
  const dispatcher = new Dispatcher();
  registerAgentMethods(dispatcher, services, AGENT_VERSION);
  registerBasicsMethods(dispatcher, services);
  registerCommonUtilsMethods(dispatcher, services);
  let server: RunningAgentServer;
  try {
    server = await startAgentServer({
      port: config.port,
      allowedOrigins: config.allowedOrigins,
      dispatcher,
      httpRoute: pinRoutes(prompts),
      log,
      version: AGENT_VERSION,
      openPage: (url) => openInSystemBrowser(url, log, config.browser),
    });
  } catch (error) {
    await tokens.close();
    throw error;
  }
  const origin = `http://127.0.0.1:${server.port}`;
  prompts.serveAt(origin);
  return {
    port: server.port,
    origin,
    async stop() {
      prompts.closeAll();
      await server.close();
      await tokens.close();
    },
  };
}
