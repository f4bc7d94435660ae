import { appendFileSync, mkdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { launchPlatform, type RunningPlatform } from '@qoltanba/local/platform';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import { freeClusterTopology, freePlatformPorts } from '@qoltanba/local/free-ports';

export interface ChaosCluster {
  platform: RunningPlatform;
  /** Where the processes' output goes. */
  logFile: string;
  /**
   * The exits the run did not cause, as the supervisor saw them (`worker-1│ exited (1)`): its faults
   * kill with SIGKILL, and restart Temporal and PostgreSQL outside the supervisor.
   */
  crashes(): string[];
  /** Stops everything and removes its folder; `keepLogAs` saves the processes' output first. */
  stop(keepLogAs?: string): Promise<void>;
}

/**
 * The local cluster — embedded PostgreSQL, the Temporal server on it, two API replicas behind nginx,
 * two workers, without the web app — in a temporary folder on free ports, with NODE_ENV=test so a
 * load can name its callers in headers. The fault run's own: it kills and restarts parts of it.
 */
export async function startChaosCluster(): Promise<ChaosCluster> {
  const folder = await makeRunFolder('chaos');
  const dataDir = folder.path;
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const logFile = join(dataDir, 'logs', 'platform.log');
  const write = (line: string) => appendFileSync(logFile, `${line}\n`);
  const crashes: string[] = [];
  const platform = await launchPlatform({
    dataDir,
    persistent: false,
    ports: await freePlatformPorts(),
    topology: await freeClusterTopology(),
    nodeEnv: 'test',
    seedDemoData: false,
    // The load calls the API only; `npm test` runs this beside the journeys' platform, which builds it.
    serveWebApp: false,
    // A crash's log names where the uncaught error was thrown, not only where it was made.
    backendEnv: { LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20', NODE_OPTIONS: '--trace-uncaught' },
    supervisor: {
      output: (name, line) => {
        if (/^exited \((?!SIGKILL\))/.test(line)) crashes.push(`${name}│ ${line}`);
        write(`${name}│ ${line}`);
      },
      handleSignals: false,
    },
    log: write,
  }).catch(async (error: unknown) => {
    folder.keep();
    throw new Error(`The chaos cluster did not start (log: ${logFile}): ${String(error)}`, { cause: error });
  });
  return {
    platform,
    logFile,
    crashes: () => [...crashes],
    async stop(keepLogAs) {
      await platform.stop();
      if (keepLogAs) {
        await mkdir(dirname(keepLogAs), { recursive: true });
        await copyFile(logFile, keepLogAs);
      }
      await folder.remove();
    },
  };
}
