import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SelfCheckResult } from '@qoltanba/workflows/messages';
import { DataSource } from 'typeorm';

/** The worker side of a self-check: writes (once) the row proving the activity reached PostgreSQL. */
@Injectable()
export class SelfCheckRecorder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(checkId: string, workerIdentity: string): Promise<SelfCheckResult> {
    // A retried activity finds its earlier row: the upsert keeps the first recording time.
    const rows: { id: string; worker_identity: string; recorded_at: Date }[] = await this.dataSource.query(
      `INSERT INTO self_check (id, worker_identity) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
       RETURNING id, worker_identity, recorded_at`,
      [checkId, workerIdentity],
    );
    const row = rows[0]!;
    return {
      checkId: row.id,
      workerIdentity: row.worker_identity,
      recordedAt: row.recorded_at.toISOString(),
    };
  }
}
