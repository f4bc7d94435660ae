import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface AgentProcess {
  port: number;
  /** The secure socket's port, when `SIGNER_TLS_PORT` turned it on. */
  tlsPort?: number;
  /** Everything the agent wrote so far, stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

export interface AgentProcessOptions {
  nodeArgs?: readonly string[];
  /**
   * Called with the agent's process as soon as it is spawned: a test or benchmark lists it with its
   * run's orphan guard (@qoltanba/local's stopWithThisProcess), so that a killed run stops it too.
   */
  guard?: (child: ChildProcess) => void;
}

// The built entry point, whether this module runs built (dist/client) or from source (src/client).
const mainScript = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/**
 * The built agent as its own process, as a client runs it (`npm run signer`), configured by `env`
 * (SIGNER_PORT, PKCS11_MODULE, SOFTHSM2_CONF…); resolves once it listens. Its signing competes with
 * the caller for the CPU as it would with the page on the client's computer, and it reads its token
 * store from its own environment. For tests and benchmarks. The secure socket stays off unless `env`
 * names its port (and SIGNER_DATA_DIR): its default, 13579, is one fixed port for the whole machine.
 */
export async function startAgentProcess(
  env: NodeJS.ProcessEnv & { SIGNER_PORT: string },
  options: AgentProcessOptions = {},
): Promise<AgentProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), mainScript], {
    env: { ...process.env, SIGNER_TLS_PORT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.guard?.(child);
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes('"event":"listening"')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The agent exited (${code}):\n${output.join('')}`)));
  });
  const tlsPort = Number(env.SIGNER_TLS_PORT);
  return {
    port: Number(env.SIGNER_PORT),
    ...(tlsPort > 0 ? { tlsPort } : {}),
    output: () => output.join(''),
    stop: async () => {
      // Exited already, by itself or by a signal (a killed agent has a signalCode, no exitCode).
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface AgentCommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the built agent's commands (`trust install`…) to its end, as a user types it. */
export function runAgentCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<AgentCommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [mainScript, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
