import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BankRejectionReason, BankStatusReport } from '../bank-gateway.js';
import { queryRows } from './sql.js';

/** A final status reached after the receipt, which the platform has not acknowledged yet. */
export interface OwedReport {
  documentId: string;
  report: BankStatusReport;
  /** Delivery attempts so far, this one included. */
  attempts: number;
}

export interface ReportRow {
  document_id: string;
  status: 'EXECUTED' | 'REJECTED';
  reference: string;
  reason: BankRejectionReason | null;
  executed_at: Date | null;
  rejected_at: Date | null;
  report_attempts: number;
}

export function toOwedReport(row: ReportRow): OwedReport {
  return {
    documentId: row.document_id,
    report: {
      status: row.status,
      reference: row.reference,
      ...(row.reason ? { reason: row.reason } : {}),
      at: (row.executed_at ?? row.rejected_at)!.toISOString(),
    },
    attempts: row.report_attempts,
  };
}

/**
 * The outbox of status reports, kept on the payment rows themselves (`report_due_at` set and
 * `reported_at` empty = owed). A runner takes a report with a lease (it moves `report_due_at` past
 * the delivery's timeout), so no other runner delivers it meanwhile; a runner that dies mid-way
 * leaves a lease that expires, and the report is delivered by the next one.
 */
@Injectable()
export class SimStatusOutbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes up to `limit` owed reports that are due, leasing each for `leaseMs`. */
  async claimDue(limit: number, leaseMs: number): Promise<OwedReport[]> {
    const rows = await queryRows<ReportRow>(
      this.dataSource,
      `UPDATE sim_payment SET
         report_due_at = now() + make_interval(secs => $2::double precision / 1000),
         report_attempts = report_attempts + 1
       WHERE document_id IN (
         SELECT document_id FROM sim_payment
         WHERE report_due_at <= now() AND reported_at IS NULL
         ORDER BY report_due_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING document_id, status, reference, reason, executed_at, rejected_at, report_attempts`,
      [limit, leaseMs],
    );
    return rows.map(toOwedReport);
  }

  async markReported(documentId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sim_payment SET reported_at = now(), report_due_at = NULL, report_error = NULL
       WHERE document_id = $1 AND reported_at IS NULL`,
      [documentId],
    );
  }

  /** Gives the lease back with the delivery error; the report is due again after `retryInMs`. */
  async markFailed(documentId: string, error: string, retryInMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE sim_payment SET
         report_due_at = now() + make_interval(secs => $3::double precision / 1000),
         report_error = left($2, 1000)
       WHERE document_id = $1 AND reported_at IS NULL`,
      [documentId, error, retryInMs],
    );
  }
}
