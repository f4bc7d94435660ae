import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { optionalTsToMs } from '@temporalio/common/lib/time.js';
// A CommonJS module: its namespace comes as the default export under Node's ESM.
import proto from '@temporalio/proto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { HealthService } from '../health/health.service.js';
import { AppLogger } from '../logging/app-logger.js';
import type { LastSelfCheckView, OpsPlatformView, TaskQueueView } from './dto/ops-platform.view.js';

const { TaskQueueType, TaskQueueKind } = proto.temporal.api.enums.v1;

/**
 * The platform as operators watch it: the health report, the last self-check that went through a
 * worker to PostgreSQL, and the task queue's workers and backlog from Temporal. A Temporal that
 * cannot be reached leaves the queues empty; the health report says why.
 */
@Injectable()
export class OpsPlatformService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly health: HealthService,
    private readonly temporal: Client,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  async view(): Promise<OpsPlatformView> {
    const [health, selfCheck, taskQueues] = await Promise.all([
      this.health.check(),
      this.lastSelfCheck(),
      this.taskQueues().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'task queues not described');
        return [];
      }),
    ]);
    return { health, selfCheck, taskQueues, temporalUiUrl: this.config.ops.temporalUiUrl };
  }

  private async lastSelfCheck(): Promise<LastSelfCheckView | null> {
    const [row] = await this.dataSource.query<{ worker_identity: string; recorded_at: Date }[]>(
      `SELECT worker_identity, recorded_at FROM self_check ORDER BY recorded_at DESC LIMIT 1`,
    );
    return row ? { ok: true, at: row.recorded_at.toISOString(), workerIdentity: row.worker_identity } : null;
  }

  private taskQueues(): Promise<TaskQueueView[]> {
    const name = this.config.temporal.taskQueue;
    return Promise.all(
      (['WORKFLOW', 'ACTIVITY'] as const).map(async (kind) => {
        const described = await this.temporal.workflowService.describeTaskQueue({
          namespace: this.config.temporal.namespace,
          taskQueue: { name, kind: TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
          taskQueueType:
            kind === 'WORKFLOW'
              ? TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW
              : TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
          includeTaskQueueStatus: true,
        });
        const backlog = described.taskQueueStatus?.backlogCountHint;
        return {
          name,
          kind,
          pollers: (described.pollers ?? []).map((poller) => {
            const at = optionalTsToMs(poller.lastAccessTime);
            return {
              identity: poller.identity ?? '',
              ...(at === undefined ? {} : { lastAccessAt: new Date(at).toISOString() }),
            };
          }),
          backlog: backlog === undefined || backlog === null ? null : Number(backlog),
        };
      }),
    );
  }
}
