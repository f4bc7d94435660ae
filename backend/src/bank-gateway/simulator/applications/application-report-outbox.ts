import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BankApplicationReport } from '../../bank-gateway.js';
import { queryRows } from '../sql.js';

export interface OwedApplicationReport {
  id: string;
  applicationId: string;
  report: BankApplicationReport;
  /** Delivery attempts so far, this one included. */
  attempts: number;
}

/**
 * The reports on applications the platform has not acknowledged, oldest first. A runner takes them
 * with a lease (so no other delivers them meanwhile); one that dies leaves a lease that expires.
 */
@Injectable()
export class ApplicationReportOutbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claimDue(limit: number, leaseMs: number): Promise<OwedApplicationReport[]> {
    const rows = await queryRows<{
      id: string;
      application_id: string;
      report: BankApplicationReport;
      attempts: number;
    }>(
      this.dataSource,
      `UPDATE sim_application_report SET
         due_at = now() + make_interval(secs => $2::double precision / 1000), attempts = attempts + 1
       WHERE id IN (SELECT id FROM sim_application_report owed
                    WHERE reported_at IS NULL AND due_at <= now()
                      -- One application's reports go in order: none overtakes an earlier one still owed.
                      AND NOT EXISTS (SELECT 1 FROM sim_application_report earlier
                                      WHERE earlier.application_id = owed.application_id
                                        AND earlier.reported_at IS NULL AND earlier.id < owed.id)
                    ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, application_id, report, attempts`,
      [limit, leaseMs],
    );
    return rows
      .map((row) => ({
        id: String(row.id),
        applicationId: row.application_id,
        report: row.report,
        attempts: row.attempts,
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  async markReported(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sim_application_report SET reported_at = now(), error = NULL WHERE id = $1 AND reported_at IS NULL`,
      [id],
    );
  }

  async markFailed(id: string, error: string, retryInMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE sim_application_report SET
         due_at = now() + make_interval(secs => $3::double precision / 1000), error = left($2, 1000)
       WHERE id = $1 AND reported_at IS NULL`,
      [id, error, retryInMs],
    );
  }
}
