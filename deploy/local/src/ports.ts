import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ToolError } from './tool-error.js';

/** Resolves when the port can be bound on 127.0.0.1, rejects with a clear message when it is taken. */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new ToolError(
      `Port ${port} on 127.0.0.1, wanted for ${what}, is already in use.`,
      `Stop whatever listens there (is another \`npm start\` running?) or choose another port with ${envVar}=<port>.`,
    );
  }
}

/** Whether the port can be bound on 127.0.0.1 right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Where the kernel takes the local ports of outgoing connections (Linux's default when unreadable).
 * A port picked inside it can be taken by a connection (to PostgreSQL, to Temporal) between the
 * pick and the server's bind: seen as an API replica failing with EADDRINUSE at start-up.
 */
export function outgoingPortRange(): { low: number; high: number } {
  return (outgoingRange ??= readOutgoingPortRange());
}

/** Set by the kernel at boot: read once per run. */
let outgoingRange: { low: number; high: number } | undefined;

function readOutgoingPortRange(): { low: number; high: number } {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (low && high && low <= high) return { low, high };
  } catch {
    // Not Linux: the range most systems use.
  }
  return { low: 32768, high: 60999 };
}

/** The lowest port picked; below it are the well-known and commonly configured ones. */
const LOWEST_PICKED = 15_000;
/** Ports this process handed out already: servers started together never get the same one. */
const handedOut = new Set<number>();

/**
 * A port free right now, below the range outgoing connections take theirs from, and not handed out
 * before by this process; good enough for servers started at once (another program may still bind
 * it first, as with any pick).
 */
export async function findFreePort(): Promise<number> {
  const highest = outgoingPortRange().low - 1;
  for (let attempt = 0; attempt < 100 && highest > LOWEST_PICKED; attempt++) {
    const port = LOWEST_PICKED + Math.floor(Math.random() * (highest - LOWEST_PICKED + 1));
    if (await claimFreePorts([port])) return port;
  }
  throw new ToolError(
    `No free port found between ${LOWEST_PICKED} and ${highest} on 127.0.0.1.`,
    'Stop servers left running by earlier runs, or widen the range below net.ipv4.ip_local_port_range.',
  );
}

/**
 * Takes `ports` for a server about to start when all are free and none was handed out before by
 * this process (see findFreePort); false, taking none, otherwise.
 */
export async function claimFreePorts(ports: readonly number[]): Promise<boolean> {
  if (ports.some((port) => handedOut.has(port))) return false;
  const free = await Promise.all(ports.map((port) => isPortFree(port)));
  if (!free.every(Boolean) || ports.some((port) => handedOut.has(port))) return false;
  for (const port of ports) handedOut.add(port);
  return true;
}
