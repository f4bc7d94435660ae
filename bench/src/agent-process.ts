import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface AgentProcess {
  port: number;
  stop(): Promise<void>;
}

const mainScript = fileURLToPath(new URL('../../signer/dist/main.js', import.meta.url));

/**
 * The built agent as its own process, as a client runs it (`npm run signer`): its signing competes
 * with the page (here, this process) for the CPU as it would on the client's computer.
 */
export async function startAgentProcess(env: NodeJS.ProcessEnv, port: number): Promise<AgentProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...(process.env.BENCH_AGENT_NODE_ARGS?.split(' ').filter(Boolean) ?? []), mainScript],
    {
      env: { ...process.env, ...env, SIGNER_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
