import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentState } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { DOCUMENT_CHANGES_CHANNEL } from './document-changes.js';

/**
 * Writes a workflow's state to the read model and appends its new timeline entries, atomically.
 * Safe to repeat (activities are at-least-once): entries are keyed by (document, seq) and the row
 * only moves forward, so a late or repeated projection never overwrites a newer one.
 */
@Injectable()
export class DocumentProjectionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async project(state: DocumentState): Promise<void> {
    const { timeline, ...snapshot } = state;
    const last = timeline.at(-1);
    if (!last) return;
    const createdAt = timeline[0]!.at;
    // One statement, so one round trip and atomic without an explicit transaction: the row and the
    // timeline entries land together or not at all.
    await this.dataSource.query(
      `WITH upserted AS (
         INSERT INTO document (id, organization_id, type, status, number, payer_iban, amount_tiyn, value_date,
                               beneficiary_name, author_id, last_seq, state, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (id) DO UPDATE SET
           status = EXCLUDED.status, number = EXCLUDED.number, payer_iban = EXCLUDED.payer_iban,
           amount_tiyn = EXCLUDED.amount_tiyn, value_date = EXCLUDED.value_date,
           beneficiary_name = EXCLUDED.beneficiary_name, last_seq = EXCLUDED.last_seq,
           state = EXCLUDED.state, updated_at = EXCLUDED.updated_at
         WHERE document.last_seq < EXCLUDED.last_seq
         RETURNING id, organization_id, status, last_seq
       ), appended AS (
         INSERT INTO document_event (document_id, seq, organization_id, event, status, actor_id, actor_name, channel, details, at)
         SELECT $1, e.seq, $2, e.event, e.status, e.actor_id, e.actor_name, e.channel, e.details, e.at
         FROM jsonb_to_recordset($15::jsonb) AS e(seq int, event text, status text, actor_id uuid, actor_name text,
                                                  channel text, details jsonb, at timestamptz)
         ON CONFLICT (document_id, seq) DO NOTHING
       )
       -- Delivered at commit to every API process listening (live lists and details); only a real change.
       SELECT pg_notify('${DOCUMENT_CHANGES_CHANNEL}',
                        json_build_object('documentId', id, 'organizationId', organization_id,
                                          'status', status, 'seq', last_seq)::text)
       FROM upserted`,
      [
        state.documentId,
        state.organizationId,
        state.type,
        state.status,
        state.content.number,
        state.content.payerIban,
        state.content.amountTiyn,
        state.content.valueDate,
        state.content.beneficiary.name,
        state.authorId,
        last.seq,
        snapshot,
        createdAt,
        last.at,
        JSON.stringify(
          timeline.map((entry) => ({
            seq: entry.seq,
            event: entry.event,
            status: entry.status,
            actor_id: entry.actor?.userId ?? null,
            actor_name: entry.actor?.name ?? null,
            channel: entry.actor?.channel ?? null,
            details: entry.details ?? null,
            at: entry.at,
          })),
        ),
      ],
    );
  }
}
