import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopWithThisProcess } from './services/orphan-guard.js';
import { stopChild } from './services/stop-child.js';

export interface SupervisedProcess {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Restart after an unexpected exit (the worker), instead of stopping everything (the API). */
  restart?: boolean;
}

const COLORS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m', '\x1b[34m'];
const RESET = '\x1b[0m';

/** Where the supervisor's and the children's lines go: the terminal by default, a log file in tests. */
export type SupervisorOutput = (name: string, line: string) => void;

const terminal: SupervisorOutput = (name, line) => {
  const color = COLORS[[...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % COLORS.length] ?? '';
  process.stdout.write(name ? `${color}${name.padEnd(8)}${RESET}│ ${readable(line)}\n` : `${line}\n`);
};

/**
 * Runs the platform's processes side by side and stops them all — in reverse order — on Ctrl-C
 * (when it owns the signals, as `npm start` does) or when one that must not die dies.
 */
export class Supervisor {
  private readonly running = new Map<string, ChildProcess>();
  private stopping = false;
  private readonly exited: Promise<number>;
  private resolveExit!: (code: number) => void;
  private readonly output: SupervisorOutput;

  constructor(
    private readonly onStop: () => Promise<void>,
    options: { output?: SupervisorOutput; handleSignals?: boolean } = {},
  ) {
    this.output = options.output ?? terminal;
    this.exited = new Promise((resolve) => (this.resolveExit = resolve));
    if (options.handleSignals !== false) {
      // Ctrl-C reaches us twice (from the terminal and forwarded by npm): later signals are ignored
      // while the first one's orderly shutdown runs.
      process.on('SIGINT', () => void this.stopAll(0));
      process.on('SIGTERM', () => void this.stopAll(0));
    }
  }

  start(spec: SupervisedProcess): void {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stopWithThisProcess(child);
    this.running.set(spec.name, child);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => this.output(spec.name, line));
    }
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.output(spec.name, `exited (${signal ?? code})`);
      if (spec.restart) {
        this.output(spec.name, 'restarting in 2 s');
        setTimeout(() => !this.stopping && this.start(spec), 2_000);
      } else {
        void this.stopAll(1);
      }
    });
  }

  /** The processes started, by name. */
  names(): string[] {
    return [...this.running.keys()];
  }

  /** SIGKILL, as a crash: a process started with `restart` comes back, any other stops the platform. */
  kill(name: string): void {
    const child = this.running.get(name);
    if (!child) throw new Error(`No process named ${name} (${this.names().join(', ')}).`);
    child.kill('SIGKILL');
  }

  /** Resolves with the exit code once everything has stopped. */
  wait(): Promise<number> {
    return this.exited;
  }

  async stopAll(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.output('', '\nStopping …');
    for (const [name, child] of [...this.running].reverse()) {
      await stopChild(child);
      this.output('', `  stopped ${name}`);
    }
    await this.onStop();
    this.resolveExit(code);
  }
}

/** Pino's JSON lines shortened to "level message {extra}" for a terminal; other lines unchanged. */
function readable(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const {
      level,
      msg,
      event,
      time: _time,
      pid: _pid,
      process: _process,
      hostname: _host,
      ...rest
    } = JSON.parse(line) as Record<string, unknown>;
    const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
    const text = typeof msg === 'string' ? msg : typeof event === 'string' ? event : '';
    return `${(typeof level === 'string' ? level : 'info').padEnd(5)} ${text}${extra}`;
  } catch {
    return line;
  }
}
