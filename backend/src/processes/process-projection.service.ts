import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROCESS_CHANGES_CHANNEL, type ProcessChange } from './process-changes.js';
import { REPLACING_LOST_WRITE, TIMELINE_SETTING } from './timeline-guard.js';
import type { ProcessDetailRow, ProcessSnapshot, ProcessTimelineEntry } from './process-snapshot.js';

/** The process row's parameters come first; a detail row's are numbered after them. */
const PROCESS_PARAMETERS = 17;

/** The timeline in `parameter` (see `timelineParameter`) as rows `e`. */
const timelineRows = (parameter: string) => `jsonb_to_recordset(${parameter}::jsonb)
  AS e(seq int, event text, status text, actor jsonb, details jsonb, at timestamptz)`;

/** The seqs of the process ($1)'s stored entries that the timeline in `parameter` does not hold as they are. */
const differingEntries = (parameter: string) => `SELECT pe.seq FROM process_event pe
  LEFT JOIN ${timelineRows(parameter)} ON e.seq = pe.seq
  WHERE pe.process_id = $1
    AND (e.seq IS NULL OR (pe.event, pe.status, pe.actor, pe.details, pe.at)
                          IS DISTINCT FROM (e.event, e.status, e.actor, e.details, e.at))`;

/**
 * Writes a process's transition to the shared read model — its `process` row, its new `process_event`
 * entries and the process's own detail row — and announces it on PROCESS_CHANGES_CHANNEL, in one
 * statement: atomic without a transaction, so one round trip (a payment records ~5 transitions).
 * Writes are ordered by the workflow task that made them, then by seq, so a repeat (activities are
 * at-least-once) or a late write of an earlier task changes nothing. A task can write its transition
 * and then be lost (a Temporal or PostgreSQL restart; its update never accepted): the later task's
 * write replaces it, and the entries the lost one appended are corrected in a second step.
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
      const sql = `, detail${index} AS (${upsertDetailSql(detail, parameters)})`;
      parameters += Object.keys(detail.values).length;
      return sql;
    });
    const entries = timelineParameter(timeline);
    const written = await this.dataSource.query<{ replaces: boolean }[]>(
      `WITH upserted AS (
           INSERT INTO process (id, workflow_id, type, organization_id, status, title, amount_minor, currency,
                                awaiting, awaiting_detail, last_seq, created_at, updated_at, kind, account_iban,
                                written_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15, $16, $17)
           ON CONFLICT (id) DO UPDATE SET
             status = EXCLUDED.status, title = EXCLUDED.title, amount_minor = EXCLUDED.amount_minor,
             kind = EXCLUDED.kind, account_iban = EXCLUDED.account_iban,
             currency = EXCLUDED.currency, awaiting = EXCLUDED.awaiting,
             awaiting_detail = EXCLUDED.awaiting_detail, last_seq = EXCLUDED.last_seq,
             updated_at = EXCLUDED.updated_at, written_at = EXCLUDED.written_at
           WHERE (process.written_at, process.last_seq) < (EXCLUDED.written_at, EXCLUDED.last_seq)
           RETURNING id, type, organization_id, status, last_seq
         )${detailCtes.join('')}, appended AS (
           INSERT INTO process_event (process_id, seq, process_type, organization_id, event, status, actor, details, at)
           SELECT $1, e.seq, $3, $4, e.event, e.status, e.actor, e.details, e.at
           FROM ${timelineRows('$14')}
           WHERE EXISTS (SELECT 1 FROM upserted)
           ON CONFLICT (process_id, seq) DO NOTHING
         )
         -- Delivered at commit to every API process listening (live lists and details); only a real change.
         SELECT pg_notify('${PROCESS_CHANGES_CHANNEL}',
                          json_build_object('processId', id, 'processType', type, 'organizationId', organization_id,
                                            'status', status, 'seq', last_seq)::text),
                -- (The statement's snapshot: entries stored before it.)
                EXISTS (${differingEntries('$14')}) AS replaces
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
        entries,
        snapshot.kind ?? null,
        snapshot.accountIban ?? null,
        snapshot.writtenAt,
        ...details.flatMap((detail) => Object.values(detail.values)),
      ],
    );
    if (written[0]?.replaces) await this.replaceLostEntries(snapshot, last.seq, entries);
  }

  /**
   * Makes the stored timeline the one just written: drops what a lost task appended past it, and
   * writes again the entries it holds otherwise. The timeline is append-only but for this, which
   * the trigger lets through by the transaction's `qoltanba.timeline` setting. Nothing is changed if
   * a newer write came in between (that one corrects it, if need be).
   */
  private async replaceLostEntries(snapshot: ProcessSnapshot, lastSeq: number, entries: string) {
    await this.dataSource.transaction(async (manager) => {
      const still = await manager.query<unknown[]>(
        `SELECT 1 FROM process WHERE id = $1 AND written_at = $2 AND last_seq = $3 FOR UPDATE`,
        [snapshot.id, snapshot.writtenAt, lastSeq],
      );
      if (still.length === 0) return;
      await manager.query(`SELECT set_config('${TIMELINE_SETTING}', '${REPLACING_LOST_WRITE}', true)`);
      await manager.query(
        `DELETE FROM process_event WHERE process_id = $1 AND seq IN (${differingEntries('$2')})`,
        [snapshot.id, entries],
      );
      await manager.query(
        `INSERT INTO process_event (process_id, seq, process_type, organization_id, event, status, actor, details, at)
         SELECT $1, e.seq, $3, $4, e.event, e.status, e.actor, e.details, e.at
         FROM ${timelineRows('$2')}
         ON CONFLICT (process_id, seq) DO NOTHING`,
        [snapshot.id, entries, snapshot.type, snapshot.organizationId],
      );
      // Listeners told of the write may have read the timeline before this.
      await manager.query(`SELECT pg_notify('${PROCESS_CHANGES_CHANNEL}', $1)`, [
        JSON.stringify({
          processId: snapshot.id,
          processType: snapshot.type,
          organizationId: snapshot.organizationId,
          status: snapshot.status,
          seq: lastSeq,
        } satisfies ProcessChange),
      ]);
    });
  }
}

function timelineParameter(timeline: readonly ProcessTimelineEntry[]): string {
  return JSON.stringify(
    timeline.map((entry) => ({
      seq: entry.seq,
      event: entry.event,
      status: entry.status,
      actor: entry.actor ?? null,
      details: entry.details ?? null,
      at: entry.at,
    })),
  );
}

/**
 * A detail row's upsert for a CTE after `upserted`, its values numbered after `before` parameters: it
 * is created with the process row and updated when the process row is. A data-modifying CTE runs
 * whether or not it is read, and foreign keys are checked at the end of the whole statement.
 */
function upsertDetailSql({ table, values, updated }: ProcessDetailRow, before: number): string {
  const columns = Object.keys(values);
  for (const name of [...columns, ...updated]) {
    if (!/^[a-z_]+$/.test(name)) throw new Error(`not a column name: ${name}`);
  }
  const onConflict = updated.length
    ? `DO UPDATE SET ${updated.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
       WHERE EXISTS (SELECT 1 FROM upserted)`
    : 'DO NOTHING';
  return `INSERT INTO ${table} (${columns.join(', ')})
          VALUES (${columns.map((_, index) => `$${before + index + 1}`).join(', ')})
          ON CONFLICT (id) ${onConflict}`;
}
