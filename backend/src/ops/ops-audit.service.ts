import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import type { OpsAuditEntryView, OpsAuditPage, OpsAuditQuery } from './dto/ops-audit.dto.js';

interface AuditRow {
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  organization_id: string | null;
  action: string;
  outcome: string;
  subject_kind: string | null;
  subject_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The most rows one CSV export carries: a month of a busy bank is narrowed by the filters first. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const CSV_COLUMNS = [
  'id',
  'at',
  'actorKind',
  'actorId',
  'actorName',
  'organizationId',
  'action',
  'outcome',
  'subjectKind',
  'subjectId',
  'ip',
  'details',
] as const;

/**
 * The audit log as operators and auditors read it: every staff and client act (log-ins, refusals,
 * signatures, changes, operators' actions), newest first, filtered, and exported as CSV. Days are
 * Almaty's, as the bank works.
 */
@Injectable()
export class OpsAuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: OpsAuditQuery): Promise<OpsAuditPage> {
    const { filter, values } = filterOf(query);
    const [counted] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM audit_event a ${filter}`,
      values,
    );
    const rows = await this.rows(filter, values, query.pageSize, (query.page - 1) * query.pageSize);
    return { items: rows.map(toView), total: counted!.total, page: query.page, pageSize: query.pageSize };
  }

  /** The filtered log as CSV (UTF-8 with a BOM, so spreadsheet programs read Kazakh and Russian). */
  async csv(query: OpsAuditQuery): Promise<string> {
    const { filter, values } = filterOf(query);
    const rows = (await this.rows(filter, values, AUDIT_EXPORT_LIMIT, 0)).map(toView);
    return stringify(
      rows.map((row) => ({ ...row, details: JSON.stringify(row.details) })),
      { header: true, columns: [...CSV_COLUMNS], bom: true },
    );
  }

  private rows(filter: string, values: unknown[], limit: number, offset: number): Promise<AuditRow[]> {
    return this.dataSource.query<AuditRow[]>(
      `SELECT a.id::text, a.at, a.actor_kind, a.actor_id, coalesce(s.full_name, u.full_name) AS actor_name,
              a.organization_id, a.action, a.outcome, a.subject_kind, a.subject_id, a.ip, a.details
       FROM audit_event a
       LEFT JOIN staff_user s ON a.actor_kind = 'STAFF' AND s.id::text = a.actor_id
       LEFT JOIN client_user u ON a.actor_kind = 'CLIENT' AND u.id::text = a.actor_id
       ${filter} ORDER BY a.at DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`,
      values,
    );
  }
}

function filterOf(query: OpsAuditQuery): { filter: string; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  const bind = (value: unknown) => `$${values.push(value)}`;
  if (query.actorKind) where.push(`a.actor_kind = ${bind(query.actorKind)}`);
  if (query.actorId) where.push(`a.actor_id = ${bind(query.actorId)}`);
  if (query.action) where.push(`a.action = ${bind(query.action)}`);
  if (query.outcome) where.push(`a.outcome = ${bind(query.outcome)}`);
  if (query.organizationId) where.push(`a.organization_id = ${bind(query.organizationId)}`);
  if (query.subjectId) where.push(`a.subject_id = ${bind(query.subjectId)}`);
  if (query.from) where.push(`a.at >= (${bind(query.from)}::date)::timestamp AT TIME ZONE 'Asia/Almaty'`);
  if (query.to) where.push(`a.at < ((${bind(query.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty')`);
  return { filter: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', values };
}

function toView(row: AuditRow): OpsAuditEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    organizationId: row.organization_id,
    action: row.action,
    outcome: row.outcome,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    ip: row.ip,
    details: row.details,
  };
}
