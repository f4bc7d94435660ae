#!/usr/bin/env node
import { startAgent } from './agent.js';
import { loadSignerConfig } from './config.js';

/** One JSON object per line, like the backend's logs; never PINs or document contents. */
function log(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), process: 'signer', event, ...fields })}\n`,
  );
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadSignerConfig();
  } catch (error) {
    process.stderr.write(`signer: ${(error as Error).message}\n`);
    process.exit(78);
  }
  const agent = await startAgent(config, log).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      process.stderr.write(
        `signer: port ${config.port} on 127.0.0.1 is in use; choose another with SIGNER_PORT.\n`,
      );
      process.exit(1);
    }
    throw error;
  });
  log('listening', { url: `ws://127.0.0.1:${agent.port}`, pkcs11Module: config.pkcs11Module });
  const stop = () => void agent.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `signer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
