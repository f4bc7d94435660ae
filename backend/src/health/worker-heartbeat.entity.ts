import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per running worker process, refreshed every few seconds while its Temporal worker is
 * running. The API reads it to say truthfully whether any worker serves the task queue.
 */
@Entity('worker_heartbeat')
@Index(['taskQueue', 'lastSeenAt'])
export class WorkerHeartbeat {
  /** Worker identity, `pid@host` plus a random suffix so a restarted process is a new row. */
  @PrimaryColumn('text', { name: 'worker_id' })
  workerId!: string;

  @Column('text', { name: 'task_queue' })
  taskQueue!: string;

  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;
}
