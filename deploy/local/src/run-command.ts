import { spawn, type SpawnOptions } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, capturing its output (or streaming it when `inherit` is set). */
export function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { inherit?: boolean } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const { inherit, ...spawnOptions } = options;
    const child = spawn(command, args, { ...spawnOptions, stdio: inherit ? 'inherit' : 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** Whether an executable can be found on the PATH (or at the given path). */
export async function findExecutable(name: string): Promise<string | undefined> {
  const result = await runCommand('sh', ['-c', `command -v "${name}"`]).catch(() => undefined);
  const found = result?.code === 0 ? result.stdout.trim() : '';
  return found || undefined;
}
