import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROCESS_CHANGES_CHANNEL } from './process-changes.js';
import type { ProcessDetailRow, ProcessSnapshot, ProcessTimelineEntry } from './process-snapshot.js';

/** The process row's parameters come first; a detail row's are numbered after them. */
const PROCESS_PARAMETERS = 16;

/**
 * Writes a process's transition to the shared read model — its `process` row, its new `process_event`
 * entries and the process's own detail row — and announces it on PROCESS_CHANGES_CHANNEL, in one
 * statement: atomic without a transaction, so one round trip (a payment records ~5 transitions).
 * Safe to repeat (activities are at-least-once): entries are keyed by (process, seq) and the rows only
 * move forward, so a late projection never overwrites a newer one.
 */
@Injectable()
export class ProcessProjectionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    snapshot: ProcessSnapshot,
    timeline: readonly ProcessTimelineEntry[],
    details: readonly ProcessDetailRow[] = [],
  ): Promise<void> {
    const first = timeline[0];
    const last = timeline.at(-1);
    if (!first || !last) return;
    let parameters = PROCESS_PARAMETERS;
    const detailCtes = details.map((detail, index) => {
      const sql = `detail${index} AS (${upsertDetailSql(detail, parameters)}), `;
      parameters += Object.keys(detail.values).length;
      return sql;
    });
    await this.dataSource.query(
      `WITH ${detailCtes.join('')}upserted AS (
           INSERT INTO process (id, workflow_id, type, organization_id, status, title, amount_minor, currency,
                                awaiting, awaiting_detail, last_seq, created_at, updated_at, kind, account_iban)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15, $16)
           ON CONFLICT (id) DO UPDATE SET
             status = EXCLUDED.status, title = EXCLUDED.title, amount_minor = EXCLUDED.amount_minor,
             kind = EXCLUDED.kind, account_iban = EXCLUDED.account_iban,
             currency = EXCLUDED.currency, awaiting = EXCLUDED.awaiting,
             awaiting_detail = EXCLUDED.awaiting_detail, last_seq = EXCLUDED.last_seq,
             updated_at = EXCLUDED.updated_at
           WHERE process.last_seq < EXCLUDED.last_seq
           RETURNING id, type, organization_id, status, last_seq
         ), appended AS (
           INSERT INTO process_event (process_id, seq, process_type, organization_id, event, status, actor, details, at)
           SELECT $1, e.seq, $3, $4, e.event, e.status, e.actor, e.details, e.at
           FROM jsonb_to_recordset($14::jsonb)
             AS e(seq int, event text, status text, actor jsonb, details jsonb, at timestamptz)
           ON CONFLICT (process_id, seq) DO NOTHING
         )
         -- Delivered at commit to every API process listening (live lists and details); only a real change.
         SELECT pg_notify('${PROCESS_CHANGES_CHANNEL}',
                          json_build_object('processId', id, 'processType', type, 'organizationId', organization_id,
                                            'status', status, 'seq', last_seq)::text)
         FROM upserted`,
      [
        snapshot.id,
        snapshot.workflowId,
        snapshot.type,
        snapshot.organizationId,
        snapshot.status,
        snapshot.title,
        snapshot.amount?.minor ?? null,
        snapshot.amount?.currency ?? null,
        snapshot.awaiting,
        snapshot.awaitingDetail === undefined ? null : JSON.stringify(snapshot.awaitingDetail),
        last.seq,
        first.at,
        last.at,
        JSON.stringify(
          timeline.map((entry) => ({
            seq: entry.seq,
            event: entry.event,
            status: entry.status,
            actor: entry.actor ?? null,
            details: entry.details ?? null,
            at: entry.at,
          })),
        ),
        snapshot.kind ?? null,
        snapshot.accountIban ?? null,
        ...details.flatMap((detail) => Object.values(detail.values)),
      ],
    );
  }
}

/**
 * A detail row's upsert for a CTE, its values numbered after `before` parameters. A data-modifying CTE
 * runs whether or not it is read, and foreign keys are checked at the end of the whole statement.
 */
function upsertDetailSql({ table, values, updated }: ProcessDetailRow, before: number): string {
  const columns = Object.keys(values);
  for (const name of [...columns, ...updated]) {
    if (!/^[a-z_]+$/.test(name)) throw new Error(`not a column name: ${name}`);
  }
  const onConflict = updated.length
    ? `DO UPDATE SET ${updated.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
       WHERE ${table}.last_seq < EXCLUDED.last_seq`
    : 'DO NOTHING';
  return `INSERT INTO ${table} (${columns.join(', ')})
          VALUES (${columns.map((_, index) => `$${before + index + 1}`).join(', ')})
          ON CONFLICT (id) ${onConflict}`;
}
