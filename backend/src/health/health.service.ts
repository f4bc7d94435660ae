import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection } from '@temporalio/client';
import { AppLogger } from '../logging/app-logger.js';
import { DataSource } from 'typeorm';
import { TimeoutError, withTimeout } from '../common/async/with-timeout.js';
import { AppConfig } from '../config/app-config.js';
import type { ComponentHealth, HealthReport, WorkerHealth } from './health-report.js';
import { HEALTH_PROBE_CONNECTION } from './health-probe-connection.js';
import { WorkerHeartbeatService } from './worker-heartbeat.service.js';

/** Probes each component for real, in parallel, each bounded by the probe timeout. */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HEALTH_PROBE_CONNECTION) private readonly temporal: Connection,
    private readonly heartbeats: WorkerHeartbeatService,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  async check(): Promise<HealthReport> {
    const [postgres, temporal, worker] = await Promise.all([
      this.probe('postgres', () => this.dataSource.query('SELECT 1')),
      this.probe('temporal', () =>
        this.temporal.withDeadline(Date.now() + this.config.health.probeTimeoutMs, () =>
          this.temporal.workflowService.getSystemInfo({}),
        ),
      ),
      this.probeWorkers(),
    ]);
    const allUp = [postgres, temporal, worker].every((component) => component.status === 'up');
    return {
      status: allUp ? 'up' : 'degraded',
      checkedAt: new Date().toISOString(),
      components: { postgres, temporal, worker },
    };
  }

  private async probeWorkers(): Promise<WorkerHealth> {
    let liveWorkers = 0;
    const health = await this.probe('worker', async () => {
      liveWorkers = await this.heartbeats.countLiveWorkers();
    });
    // Worker liveness is read from PostgreSQL: without it we cannot tell either way.
    if (health.status === 'down') return { status: 'unknown', reason: 'postgres unavailable' };
    if (liveWorkers === 0) return { status: 'down', reason: 'no live worker', liveWorkers };
    return { ...health, liveWorkers };
  }

  private async probe(component: string, work: () => Promise<unknown>): Promise<ComponentHealth> {
    const started = performance.now();
    try {
      await withTimeout(work(), this.config.health.probeTimeoutMs);
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      // The answer stays terse (it is public); the log keeps the detail.
      this.logger.warn({ err: error, component }, 'health probe failed');
      return { status: 'down', reason: error instanceof TimeoutError ? 'timeout' : 'unreachable' };
    }
  }
}
