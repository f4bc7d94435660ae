import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface AgentProcess {
  port: number;
  stop(): Promise<void>;
}

// The built entry point, whether this module runs built (dist/client) or from source (src/client).
const mainScript = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/**
 * The built agent as its own process, as a client runs it (`npm run signer`), configured by `env`
 * (SIGNER_PORT, PKCS11_MODULE, SOFTHSM2_CONF…); resolves once it listens. Its signing competes with
 * the caller for the CPU as it would with the page on the client's computer, and it reads its token
 * store from its own environment. For tests and benchmarks.
 */
export async function startAgentProcess(
  env: NodeJS.ProcessEnv & { SIGNER_PORT: string },
  nodeArgs: readonly string[] = [],
): Promise<AgentProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, mainScript], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes('"event":"listening"')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The agent exited (${code}):\n${output.join('')}`)));
  });
  return {
    port: Number(env.SIGNER_PORT),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
