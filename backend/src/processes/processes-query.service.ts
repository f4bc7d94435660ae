import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeIban } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { TRACKED_PROCESS_TYPES, type ListProcessesQuery } from './dto/list-processes.query.js';
import type { ProcessPage, ProcessSummaryView } from './dto/process-summary.view.js';

interface Row {
  id: string;
  type: ProcessSummaryView['type'];
  kind: string | null;
  title: string;
  status: string;
  amount_minor: string | null;
  currency: string | null;
  account_iban: string | null;
  awaiting: ProcessSummaryView['awaiting'];
  awaiting_me: boolean;
  created_at: Date;
  updated_at: Date;
  total: string;
}

/**
 * "My applications": every payment and application (cancellations included) the organization sent,
 * newest first, from the shared read model, with whether each awaits the signed-in user — the author
 * for a draft, a holder of an awaited right who has not signed yet, or, for the dispatch EDS, such a
 * holder with the Standard channel.
 */
@Injectable()
export class ProcessesQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: ClientUsersService,
  ) {}

  async list(identity: ClientIdentity, query: ListProcessesQuery): Promise<ProcessPage> {
    const user = await this.users.ofCaller(identity);
    const mine = `(CASE p.awaiting_detail->>'kind'
        WHEN 'SUBMISSION' THEN p.awaiting_detail->>'authorId' = $2::text
        WHEN 'SIGNATURE' THEN p.awaiting_detail->'rights' @> jsonb_build_array($3::text)
          AND NOT p.awaiting_detail->'excludedUserIds' @> jsonb_build_array($2::text)
        WHEN 'DISPATCH_EDS' THEN $4::boolean AND p.awaiting_detail->'rights' @> jsonb_build_array($3::text)
        ELSE false END)`;
    const params: unknown[] = [
      identity.organizationId,
      identity.userId,
      user.signatureRight,
      user.channels.includes('STANDARD'),
      [...TRACKED_PROCESS_TYPES],
    ];
    const where = [`p.organization_id = $1`, `p.type = ANY($5::text[])`];
    const filter = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.type) filter('p.type = ?', query.type);
    if (query.kind) filter('p.kind = ?', query.kind);
    if (query.status) filter('p.status = ?', query.status);
    if (query.account) filter('p.account_iban = ?', normalizeIban(query.account));
    if (query.from) filter(`p.created_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Almaty'`, query.from);
    if (query.to) filter(`p.created_at < ((?::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty')`, query.to);
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const [rows, counts] = await Promise.all([
      this.dataSource.query<Row[]>(
        `SELECT p.id, p.type, p.kind, p.title, p.status, p.amount_minor, p.currency, p.account_iban, p.awaiting,
                ${mine} AS awaiting_me, p.created_at, p.updated_at, count(*) OVER () AS total
         FROM process p WHERE ${where.join(' AND ')}
         ORDER BY p.created_at DESC, p.id DESC
         LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      ),
      // The count of what awaits me ignores the filters: it is the badge on top of the list.
      this.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM process p
         WHERE p.organization_id = $1 AND p.type = ANY($5::text[]) AND p.awaiting = 'PERSON' AND ${mine}`,
        params.slice(0, 5),
      ),
    ]);
    return {
      items: rows.map(viewOf),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(rows[0]?.total ?? (query.page > 1 ? await this.count(where, params) : 0)),
      awaitingMe: Number(counts[0]?.n ?? 0),
    };
  }

  /** The total when the page asked for lies beyond the last one. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const rows = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM process p WHERE ${where.join(' AND ')}`,
      params.slice(0, params.length - 2),
    );
    return Number(rows[0]?.n ?? 0);
  }
}

function viewOf(row: Row): ProcessSummaryView {
  return {
    id: row.id,
    type: row.type,
    kind: row.kind ?? (row.type === 'payment' ? 'TENGE_PAYMENT' : ''),
    title: row.title,
    status: row.status,
    ...(row.amount_minor !== null && row.currency !== null
      ? { amount: { minor: Number(row.amount_minor), currency: row.currency.trim() } }
      : {}),
    ...(row.account_iban ? { accountIban: row.account_iban } : {}),
    awaiting: row.awaiting,
    awaitingMe: row.awaiting_me,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
