#!/usr/bin/env node
import { startAgent } from './agent.js';
import { loadSignerConfig, type SignerConfig } from './config.js';
import { CertutilMissingError } from './trust/nss-database.js';
import { runTrustCommand, TRUST_ACTIONS, type TrustAction } from './trust/trust-command.js';

const USAGE = `usage: qoltanba-signer                  run the signing agent
       qoltanba-signer trust install    make the browsers trust the agent's local CA (for wss://)
       qoltanba-signer trust uninstall  take that trust back
       qoltanba-signer trust status     say which browsers trust it`;

/** One JSON object per line, like the backend's logs; never PINs, keys or document contents. */
function log(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), process: 'signer', event, ...fields })}\n`,
  );
}

function loadConfig(): SignerConfig {
  try {
    return loadSignerConfig();
  } catch (error) {
    process.stderr.write(`signer: ${(error as Error).message}\n`);
    process.exit(78);
  }
}

async function runAgent(): Promise<void> {
  const config = loadConfig();
  const agent = await startAgent(config, log).catch((error: NodeJS.ErrnoException & { port?: number }) => {
    if (error.code === 'EADDRINUSE') {
      process.stderr.write(
        error.port !== undefined && error.port === config.tlsPort
          ? `signer: port ${error.port} on 127.0.0.1 is in use (the national agent NCALayer listens on 13579); ` +
              'choose another with SIGNER_TLS_PORT, or turn the secure socket off with SIGNER_TLS_PORT=off.\n'
          : `signer: port ${config.port} on 127.0.0.1 is in use; choose another with SIGNER_PORT.\n`,
      );
      process.exit(1);
    }
    throw error;
  });
  log('listening', {
    url: `ws://127.0.0.1:${agent.port}`,
    ...(agent.tlsPort === undefined ? {} : { secureUrl: `wss://127.0.0.1:${agent.tlsPort}` }),
    pkcs11Module: config.pkcs11Module,
  });
  const stop = () => void agent.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(args: string[]): Promise<void> {
  const [command, action, ...rest] = args;
  if (command === undefined) return runAgent();
  if (command === 'trust' && TRUST_ACTIONS.includes(action as TrustAction) && rest.length === 0) {
    const { dataDir } = loadConfig();
    return runTrustCommand(action as TrustAction, {
      dataDir,
      print: (line) => process.stdout.write(`${line}\n`),
    });
  }
  const help = command === 'help' || command === '--help' || command === '-h';
  (help ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exit(help ? 0 : 64);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CertutilMissingError) {
    process.stderr.write(`signer: ${error.message}\n`);
    process.exit(69);
  }
  process.stderr.write(
    `signer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
