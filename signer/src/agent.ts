import { createServer } from 'node:http';
import { createServer as createSecureServer, type Server as HttpsServer } from 'node:https';
import type { AgentLog } from './agent-log.js';
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
import { ensureTlsMaterial } from './tls/local-tls-material.js';

export const AGENT_VERSION = '0.2.0';

export interface RunningAgent {
  port: number;
  /** The secure socket's port (`wss://127.0.0.1:<tlsPort>`), when it is on. */
  tlsPort?: number;
  /** `http://127.0.0.1:<port>`: where the PIN prompt pages are served. */
  origin: string;
  stop(): Promise<void>;
}

/** `tlsPort` (0: any free port) turns the secure socket on, with its material in `dataDir`. */
export type AgentOptions = Pick<SignerConfig, 'port' | 'pkcs11Module' | 'allowedOrigins'> &
  Partial<Pick<SignerConfig, 'pinTimeoutMs' | 'keyProfile' | 'browser' | 'tlsPort' | 'dataDir'>>;

/** How often a long-running agent looks whether its server certificate is due for renewal. */
const RENEWAL_CHECK_MS = 24 * 3_600_000;

/** Loads the token library and serves the agent's methods and PIN prompts until stopped. */
export async function startAgent(config: AgentOptions, log: AgentLog): Promise<RunningAgent> {
  const keyProfile = SIGNING_PROFILES[config.keyProfile ?? 'RSA-2048/SHA-256'];
  if (!keyProfile) throw new Error(`Unknown key profile ${config.keyProfile}.`);
  if (config.tlsPort !== undefined && !config.dataDir) throw new Error('The secure socket needs a dataDir.');
  // Before the token library: a data folder the agent cannot write stops it before it holds a token.
  const tls = config.tlsPort === undefined ? undefined : await ensureTlsMaterial(config.dataDir!, log);
  const tokens = TokenLibrary.open(config.pkcs11Module, log);
  const prompts = new PinPrompts(config.pinTimeoutMs ?? 120_000);
  const services = { tokens, prompts, keyProfile };
  const dispatcher = new Dispatcher();
  registerAgentMethods(dispatcher, services, AGENT_VERSION);
  registerBasicsMethods(dispatcher, services);
  registerCommonUtilsMethods(dispatcher, services);
  // One set of options for both ports: the same methods, Origin check, greeting and pages.
  const serving = {
    allowedOrigins: config.allowedOrigins,
    dispatcher,
    httpRoute: pinRoutes(prompts),
    log,
    version: AGENT_VERSION,
    openPage: (url: string) => openInSystemBrowser(url, log, config.browser),
  };
  const servers: RunningAgentServer[] = [];
  let renewal: NodeJS.Timeout | undefined;
  const stopServing = async () => {
    clearInterval(renewal);
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    servers.push(await startAgentServer(createServer(), { ...serving, port: config.port }));
    if (tls && config.tlsPort !== undefined) {
      const secure = createSecureServer({ key: tls.key, cert: tls.cert });
      // A browser that does not trust the local CA aborts the handshake: say so, it is the usual cause.
      secure.on('tlsClientError', (error: NodeJS.ErrnoException) =>
        log('tls handshake failed', { error: error.code ?? error.message }),
      );
      servers.push(await startAgentServer(secure, { ...serving, port: config.tlsPort }));
      renewal = renewCertificateDaily(secure, config.dataDir!, tls.cert, log);
    }
  } catch (error) {
    await stopServing();
    await tokens.close();
    throw error;
  }
  const [plain, secure] = servers as [RunningAgentServer, RunningAgentServer?];
  // The PIN pages live on the plain origin, whichever socket asked: the agent opens them in the
  // system's browser, which shows them even where the local CA is not trusted (on the TLS port the
  // same route answers 421, Misdirected, as for any Host not the prompts' own).
  const origin = `http://127.0.0.1:${plain.port}`;
  prompts.serveAt(origin);
  return {
    port: plain.port,
    ...(secure ? { tlsPort: secure.port } : {}),
    origin,
    async stop() {
      prompts.closeAll();
      await stopServing();
      await tokens.close();
    },
  };
}

/**
 * An agent left running for months would outlive its server certificate: once a day it renews the
 * material when due, and the secure server presents the new certificate to the next handshakes.
 */
function renewCertificateDaily(
  server: HttpsServer,
  dataDir: string,
  presented: string,
  log: AgentLog,
): NodeJS.Timeout {
  let current = presented;
  const timer = setInterval(() => {
    ensureTlsMaterial(dataDir, log).then(
      ({ key, cert }) => {
        if (cert === current) return;
        server.setSecureContext({ key, cert });
        current = cert;
      },
      (error: unknown) =>
        log('certificate renewal failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  }, RENEWAL_CHECK_MS);
  timer.unref();
  return timer;
}
