import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppLogger } from '../logging/app-logger.js';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

/**
 * Worker liveness through PostgreSQL. Each worker process upserts its row every few seconds while
 * its Temporal worker is running; a row older than the staleness window means that worker is gone.
 * Ages are computed with the database clock, so hosts with skewed clocks still agree.
 */
@Injectable()
export class WorkerHeartbeatService {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  /** Starts beating for this worker; `isRunning` is asked before each beat. */
  start(workerId: string, isRunning: () => boolean): void {
    const beat = async () => {
      if (!isRunning()) return;
      await this.dataSource
        .query(
          `INSERT INTO worker_heartbeat (worker_id, task_queue, started_at, last_seen_at)
           VALUES ($1, $2, now(), now())
           ON CONFLICT (worker_id) DO UPDATE SET last_seen_at = now()`,
          [workerId, this.config.temporal.taskQueue],
        )
        .catch((error: unknown) => this.logger.warn({ err: error }, 'worker heartbeat not recorded'));
    };
    void beat();
    this.timer = setInterval(() => void beat(), this.config.worker.heartbeatIntervalMs);
  }

  /** Stops beating and removes the row, so a clean shutdown is visible at once. */
  async stop(workerId: string): Promise<void> {
    clearInterval(this.timer);
    await this.dataSource
      .query('DELETE FROM worker_heartbeat WHERE worker_id = $1', [workerId])
      .catch(() => undefined);
  }

  /** How many workers of our task queue beat within the staleness window. */
  async countLiveWorkers(): Promise<number> {
    const rows: { live: string }[] = await this.dataSource.query(
      `SELECT count(*) AS live FROM worker_heartbeat
       WHERE task_queue = $1 AND last_seen_at > now() - make_interval(secs => $2::double precision / 1000)`,
      [this.config.temporal.taskQueue, this.config.worker.staleAfterMs],
    );
    return Number(rows[0]?.live ?? 0);
  }
}
