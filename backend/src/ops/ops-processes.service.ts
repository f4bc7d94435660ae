import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AwaitedParty, ProcessType } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import type { StaffIdentity } from '../access/identity.js';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import type { OpsProcessesQuery } from './dto/ops-process.query.js';
import type {
  OpsProcessCount,
  OpsProcessDetailView,
  OpsProcessPage,
  OpsProcessView,
  OpsTimelineEntryView,
  StuckProcessesView,
  StuckProcessView,
} from './dto/ops-process.view.js';
import { OpsErrorCode as Code } from './ops-error-code.js';
import { ProcessInspection } from './process-inspection.js';

interface ProcessRow {
  id: string;
  workflow_id: string;
  type: ProcessType;
  kind: string | null;
  organization_id: string | null;
  organization_name: string | null;
  bin_iin: string | null;
  status: string;
  title: string;
  awaiting: AwaitedParty;
  awaiting_detail: unknown;
  broken: { staffId: string; at: string; reason: string } | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT_PROCESS = `
  SELECT p.id, p.workflow_id, p.type, p.kind, p.organization_id, o.name AS organization_name, o.bin_iin,
         p.status, p.title, p.awaiting, p.awaiting_detail, p.broken, p.created_at, p.updated_at
  FROM process p LEFT JOIN organization o ON o.id = p.organization_id`;

/** How many processes waiting on the system the stuck list asks Temporal about at once. */
const STUCK_SHOWN = 50;

/**
 * What operators see of every process of every kind: the read model for lists, counts and the
 * timeline, Temporal for what the engine is doing (activities retrying, their failures), and the
 * actions one operator takes alone — try a failing step again now, mark a process broken. Cancel
 * and terminate are change requests a second operator checks (`/api/ops/requests`).
 */
@Injectable()
export class OpsProcessesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inspection: ProcessInspection,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(query: OpsProcessesQuery): Promise<OpsProcessPage> {
    const where: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (query.type) where.push(`p.type = ${bind(query.type)}`);
    if (query.status) where.push(`p.status = ${bind(query.status)}`);
    if (query.awaiting) where.push(`p.awaiting = ${bind(query.awaiting)}`);
    if (query.organizationId) where.push(`p.organization_id = ${bind(query.organizationId)}`);
    if (query.q) {
      const q = bind(query.q.trim());
      // An id or workflow id, a client's BIN/IIN, or a payment's number.
      where.push(`(p.id::text = ${q} OR p.workflow_id = ${q} OR o.bin_iin = ${q}
                   OR EXISTS (SELECT 1 FROM document d WHERE d.id = p.id AND d.number = ${q}))`);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [counted] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM process p LEFT JOIN organization o ON o.id = p.organization_id ${filter}`,
      values,
    );
    const total = counted!.total;
    const rows = await this.dataSource.query<ProcessRow[]>(
      `${SELECT_PROCESS} ${filter} ORDER BY p.updated_at DESC, p.id
       LIMIT ${bind(query.pageSize)} OFFSET ${bind((query.page - 1) * query.pageSize)}`,
      values,
    );
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  counts(): Promise<OpsProcessCount[]> {
    return this.dataSource.query<OpsProcessCount[]>(
      `SELECT type, status, awaiting, count(*)::int AS count FROM process
       GROUP BY type, status, awaiting ORDER BY type, status`,
    );
  }

  /**
   * Processes waiting on the system past the threshold, each with what Temporal is retrying, and
   * apart from them those waiting on a person long enough to look abandoned.
   */
  async stuck(): Promise<StuckProcessesView> {
    const { stuckAfterSeconds, stepThresholds, abandonedAfterHours } = this.config.ops;
    const [onSystem, onPerson] = await Promise.all([
      // Each step waits its own threshold, or the general one.
      this.dataSource.query<ProcessRow[]>(
        `${SELECT_PROCESS}
         LEFT JOIN jsonb_to_recordset($2::jsonb) AS t(type text, status text, seconds int)
           ON t.type = p.type AND t.status = p.status
         WHERE p.awaiting = 'SYSTEM' AND p.updated_at < now() - make_interval(secs => coalesce(t.seconds, $1))
         ORDER BY p.updated_at LIMIT ${STUCK_SHOWN}`,
        [stuckAfterSeconds, JSON.stringify(stepThresholds)],
      ),
      this.dataSource.query<ProcessRow[]>(
        `${SELECT_PROCESS} WHERE p.awaiting = 'PERSON' AND p.updated_at < now() - make_interval(secs => $1)
         ORDER BY p.updated_at LIMIT ${STUCK_SHOWN}`,
        [abandonedAfterHours * 3_600],
      ),
    ]);
    return {
      stuckAfterSeconds,
      stepThresholds: [...stepThresholds],
      abandonedAfterHours,
      onSystem: await Promise.all(onSystem.map((row) => this.withActivities(row))),
      onPerson: onPerson.map((row) => stuckView(row, [])),
    };
  }

  async detail(id: string): Promise<OpsProcessDetailView> {
    const row = await this.row(id);
    const [timeline, temporal] = await Promise.all([
      this.timeline(id),
      this.inspection.inspect(row.workflow_id, true),
    ]);
    return {
      ...toView(row),
      timeline,
      ...(temporal
        ? {
            temporal: {
              ...temporal,
              uiUrl: `${this.config.ops.temporalUiUrl}/namespaces/${encodeURIComponent(
                this.config.temporal.namespace,
              )}/workflows/${encodeURIComponent(row.workflow_id)}`,
            },
          }
        : {}),
    };
  }

  /** Tries the process's failing steps again now; refused when nothing is failing. Audited with the reason. */
  async retryNow(operator: StaffIdentity, id: string, reason: string): Promise<OpsProcessDetailView> {
    const row = await this.row(id);
    const reset = await this.inspection.retryNow(row.workflow_id, `operator:${operator.staffId}`);
    if (reset === 0)
      throw new FeatureError(
        Code.NOTHING_TO_RETRY,
        'No step of this process is failing: there is nothing to retry.',
        {
          field: 'id',
        },
      );
    await this.audit.record({
      actor: { kind: 'STAFF', id: operator.staffId, organizationId: row.organization_id },
      action: 'OPS_PROCESS_RETRY',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'PROCESS', id },
      details: { reason, activities: reset, workflowId: row.workflow_id },
    });
    return this.detail(id);
  }

  /**
   * An operator marks a process broken — its workflow fails in a way its own rules cannot handle —
   * which is what lets operators terminate it (checked by a second one). Audited with the reason.
   */
  async markBroken(operator: StaffIdentity, id: string, reason: string): Promise<OpsProcessDetailView> {
    const row = await this.row(id);
    const broken = { staffId: operator.staffId, at: new Date().toISOString(), reason };
    const [marked] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE process SET broken = $2 WHERE id = $1 AND broken IS NULL AND awaiting <> 'NOBODY' RETURNING id`,
      [id, JSON.stringify(broken)],
    );
    if (marked.length === 0)
      throw new FeatureError(
        Code.ALREADY_BROKEN,
        `The process is over or marked broken already (${row.status}).`,
        {
          field: 'id',
        },
      );
    await this.audit.record({
      actor: { kind: 'STAFF', id: operator.staffId, organizationId: row.organization_id },
      action: 'OPS_PROCESS_MARKED_BROKEN',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'PROCESS', id },
      details: { reason, workflowId: row.workflow_id },
    });
    return this.detail(id);
  }

  private async row(id: string): Promise<ProcessRow> {
    const [row] = await this.dataSource.query<ProcessRow[]>(`${SELECT_PROCESS} WHERE p.id = $1`, [id]);
    if (!row) throw new FeatureError(Code.PROCESS_NOT_FOUND, 'No such process.', { field: 'id' });
    return row;
  }

  /** The process's own transitions and the operators' actions on it, in time order. */
  private async timeline(id: string): Promise<OpsTimelineEntryView[]> {
    const rows = await this.dataSource.query<
      {
        at: Date;
        source: 'PROCESS' | 'OPERATOR';
        event: string;
        status: string | null;
        actor: unknown;
        details: unknown;
      }[]
    >(
      // A workflow step's entries share its time: their sequence orders them, operators' after.
      `SELECT at, seq, 'PROCESS' AS source, event, status, actor, details FROM process_event WHERE process_id = $1
       UNION ALL
       SELECT a.at, NULL, 'OPERATOR', a.action, NULL, jsonb_build_object('staffId', a.actor_id, 'name', s.full_name),
              a.details
       FROM audit_event a LEFT JOIN staff_user s ON s.id::text = a.actor_id
       WHERE a.subject_kind = 'PROCESS' AND a.subject_id = $1::text
       ORDER BY at, seq NULLS LAST`,
      [id],
    );
    return rows.map((row) => ({
      at: row.at.toISOString(),
      source: row.source,
      event: row.event,
      ...(row.status ? { status: row.status } : {}),
      ...(row.actor ? { actor: row.actor } : {}),
      ...(row.details ? { details: row.details } : {}),
    }));
  }

  private async withActivities(row: ProcessRow): Promise<StuckProcessView> {
    const temporal = await this.inspection.inspect(row.workflow_id, false);
    return stuckView(row, temporal?.activities ?? []);
  }
}

function toView(row: ProcessRow): OpsProcessView {
  return {
    id: row.id,
    workflowId: row.workflow_id,
    type: row.type,
    kind: row.kind,
    organization:
      row.organization_id && row.organization_name
        ? { id: row.organization_id, name: row.organization_name, binIin: row.bin_iin ?? '' }
        : null,
    status: row.status,
    title: row.title,
    awaiting: row.awaiting,
    ...(row.awaiting_detail ? { awaitingDetail: row.awaiting_detail } : {}),
    ...(row.broken ? { broken: row.broken } : {}),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function stuckView(row: ProcessRow, activities: StuckProcessView['activities']): StuckProcessView {
  return {
    ...toView(row),
    waitingSeconds: Math.floor((Date.now() - row.updated_at.getTime()) / 1000),
    activities,
  };
}
