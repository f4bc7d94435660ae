import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { changeRequestWorkflow } from '@qoltanba/workflows';
import {
  CHANGE_TYPES,
  type ChangeDesk,
  ChangeRequestRejectionCode,
  type ChangeRequestState,
  deskOf,
  type StaffActor,
} from '@qoltanba/workflows/domain';
import {
  amendChangeUpdate,
  approveChangeUpdate,
  changeRequestReadyUpdate,
  changeRequestWorkflowId,
  rejectChangeUpdate,
  withdrawChangeUpdate,
} from '@qoltanba/workflows/messages';
import { DataSource } from 'typeorm';
import type { StaffIdentity } from '../access/identity.js';
import { StaffUsersService } from '../auth/staff/staff-users.service.js';
import { isUniqueViolation } from '../common/database/postgres-errors.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { inFeatureTerms } from '../temporal/in-feature-terms.js';
import { ProcessClient } from '../temporal/process-client.js';
import type { Difference } from './appliers/change-applier.js';
import { ChangeAppliers } from './change-appliers.js';
import { ChangeCheckingSettingsService } from './change-checking-settings.service.js';
import { ChangeRequestsErrorCode as Code } from './change-requests-error-code.js';
import type { AnyChange } from './dto/change.dto.js';
import type { ChangeRequestSummaryView, ChangeRequestView } from './dto/change-request.view.js';
import type { ListChangeRequestsQuery } from './dto/change-request.dto.js';

const HOUR_MS = 3_600_000;

const notFound = () => new FeatureError(Code.NOT_FOUND, 'No such change request.', { field: 'id' });
const inRequestTerms = inFeatureTerms({
  notFound,
  finished: { code: Code.FINISHED, message: 'The change request is closed.' },
  unavailable: {
    code: Code.ENGINE_UNAVAILABLE,
    message: 'Change requests are unavailable; try again shortly.',
  },
});

interface RequestRow {
  state: ChangeRequestState;
  organization_name: string | null;
}

/**
 * Managers' changes to clients, each a process a second manager checks (issue 14's four eyes): the
 * change is checked against the client when submitted, shown to the checker as the exact difference
 * it makes now, and approved only as seen — an approval brings the token of the view it approves.
 */
@Injectable()
export class ChangeRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appliers: ChangeAppliers,
    private readonly settings: ChangeCheckingSettingsService,
    private readonly processes: ProcessClient,
    private readonly staffUsers: StaffUsersService,
  ) {}

  async submit(staff: StaffIdentity, change: AnyChange): Promise<ChangeRequestView> {
    assertOwnDesk(staff, change);
    const requestId = randomUUID();
    const newOrganizationId = change.type === 'ONBOARD_CLIENT' ? randomUUID() : null;
    const inspection = await this.appliers
      .of(change.type)
      .inspect(change, this.dataSource.manager, newOrganizationId);
    const settings = await this.settings.current();
    const maker = await this.actor(staff);
    const submittedAt = new Date();
    const expiresAt = new Date(submittedAt.getTime() + settings.expiryHours * HOUR_MS);
    const organizationId = newOrganizationId ?? inspection.organizationId;
    // None for an operator's action on one of the bank's own processes (the tariff run…).
    const clientId = organizationId || null;
    // The open request's row holds its target before the process starts: a second request for the
    // same change to the same object is refused here, by the partial unique index.
    try {
      await this.dataSource.query(
        `INSERT INTO change_request (id, type, organization_id, target_key, status, revision, maker_id, exempt,
                                     summary, state, last_seq, submitted_at, expires_at, updated_at)
         VALUES ($1, $2, $3, $4, 'PENDING_CHECK', 1, $5, $6, $7, '{}', 0, $8, $9, $8)`,
        [
          requestId,
          change.type,
          clientId,
          inspection.targetKey,
          maker.staffId,
          settings.exemptTypes.includes(change.type),
          inspection.summary,
          submittedAt,
          expiresAt,
        ],
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw new FeatureError(
          Code.DUPLICATE,
          'The same change to this object already waits for its checker.',
          {
            field: 'change',
          },
        );
      throw error;
    }
    try {
      const state = await this.processes.startWithUpdate(
        changeRequestWorkflow,
        {
          workflowId: changeRequestWorkflowId(requestId),
          args: [
            {
              requestId,
              organizationId,
              targetKey: inspection.targetKey,
              summary: inspection.summary,
              change: { ...change },
              maker,
              exempt: settings.exemptTypes.includes(change.type),
              expiresAt: expiresAt.toISOString(),
            },
          ],
        },
        changeRequestReadyUpdate,
      );
      if (!state) throw notFound();
      return this.viewOf(staff, state);
    } catch (error) {
      // Never started: the reservation goes, so the change can be asked for again.
      await this.dataSource.query(`DELETE FROM change_request WHERE id = $1 AND last_seq = 0`, [requestId]);
      return inRequestTerms(error);
    }
  }

  async amend(
    staff: StaffIdentity,
    id: string,
    change: AnyChange,
    revision: number,
  ): Promise<ChangeRequestView> {
    assertOwnDesk(staff, change);
    const { state } = await this.row(staff, id);
    const inspection = await this.appliers
      .of(change.type)
      .inspect(
        change,
        this.dataSource.manager,
        state.change.type === 'ONBOARD_CLIENT' ? state.organizationId : null,
      );
    const amended = await this.processes
      .update(changeRequestWorkflowId(id), amendChangeUpdate, {
        by: await this.actor(staff),
        change: { ...change },
        summary: inspection.summary,
        targetKey: inspection.targetKey,
        revision,
      })
      .catch(inRequestTerms);
    return this.viewOf(staff, amended);
  }

  async approve(staff: StaffIdentity, id: string, reviewToken: string): Promise<ChangeRequestView> {
    const { state } = await this.row(staff, id);
    if (state.status === 'PENDING_CHECK') {
      // Said first, whatever was seen: the maker may never approve (the workflow refuses it too).
      if (state.maker.staffId === staff.staffId)
        throw new FeatureError(
          ChangeRequestRejectionCode.OWN_REQUEST,
          'A request is checked by a manager other than its maker.',
        );
      const seen = reviewTokenOf(state.revision, await this.differences(state));
      if (seen !== reviewToken)
        throw new FeatureError(
          ChangeRequestRejectionCode.CHANGED,
          'The request or the client changed since you opened it: look again.',
          {
            field: 'reviewToken',
          },
        );
    }
    const approved = await this.processes
      .update(changeRequestWorkflowId(id), approveChangeUpdate, {
        checker: await this.actor(staff),
        revision: state.revision,
      })
      .catch(inRequestTerms);
    return this.viewOf(staff, approved);
  }

  async reject(staff: StaffIdentity, id: string, reason: string): Promise<ChangeRequestView> {
    await this.row(staff, id);
    const rejected = await this.processes
      .update(changeRequestWorkflowId(id), rejectChangeUpdate, {
        checker: await this.actor(staff),
        reason: reason.trim(),
      })
      .catch(inRequestTerms);
    return this.viewOf(staff, rejected);
  }

  async withdraw(staff: StaffIdentity, id: string): Promise<ChangeRequestView> {
    await this.row(staff, id);
    const withdrawn = await this.processes
      .update(changeRequestWorkflowId(id), withdrawChangeUpdate, { by: await this.actor(staff) })
      .catch(inRequestTerms);
    return this.viewOf(staff, withdrawn);
  }

  async view(staff: StaffIdentity, id: string): Promise<ChangeRequestView> {
    const { state, organization_name } = await this.row(staff, id);
    return this.viewOf(staff, state, organization_name);
  }

  async list(staff: StaffIdentity, query: ListChangeRequestsQuery): Promise<ChangeRequestSummaryView[]> {
    const rows = await this.dataSource.query<RequestRow[]>(
      `SELECT r.state, o.name AS organization_name
       FROM change_request r LEFT JOIN organization o ON o.id = r.organization_id
       WHERE r.last_seq > 0 AND ($1::text IS NULL OR r.status = $1) AND ($2::uuid IS NULL OR r.organization_id = $2)
         AND r.type = ANY($4)
       ORDER BY (r.status = 'PENDING_CHECK') DESC, r.submitted_at DESC
       LIMIT $3`,
      [query.status ?? null, query.organizationId ?? null, query.limit, typesOfDesk(deskOfStaff(staff))],
    );
    return rows.map(({ state, organization_name }) => summaryOf(state, organization_name));
  }

  /** A request of the staff member's own desk: another desk's requests do not exist for them. */
  private async row(staff: StaffIdentity, id: string): Promise<RequestRow> {
    const [row] = await this.dataSource.query<RequestRow[]>(
      `SELECT r.state, o.name AS organization_name
       FROM change_request r LEFT JOIN organization o ON o.id = r.organization_id
       WHERE r.id = $1 AND r.last_seq > 0 AND r.type = ANY($2)`,
      [id, typesOfDesk(deskOfStaff(staff))],
    );
    if (!row) throw notFound();
    return row;
  }

  private async viewOf(
    staff: StaffIdentity,
    state: ChangeRequestState,
    organizationName?: string | null,
  ): Promise<ChangeRequestView> {
    const name =
      organizationName !== undefined
        ? organizationName
        : ((
            await this.dataSource.query<{ name: string }[]>(`SELECT name FROM organization WHERE id = $1`, [
              state.organizationId,
            ])
          )[0]?.name ?? null);
    const differences = await this.differences(state);
    const envelopes =
      staff.staffId === state.maker.staffId
        ? (
            await this.dataSource.query<{ name: string }[]>(
              `SELECT name FROM change_request_secret WHERE change_request_id = $1 AND sealed IS NOT NULL ORDER BY name`,
              [state.requestId],
            )
          ).map((row) => row.name)
        : [];
    return {
      ...summaryOf(state, name),
      revision: state.revision,
      change: state.change,
      differences,
      reviewToken: reviewTokenOf(state.revision, differences),
      // Auditors read every request and check none.
      mayCheck:
        state.status === 'PENDING_CHECK' && state.maker.staffId !== staff.staffId && staff.role !== 'AUDITOR',
      rejectionReason: state.rejectionReason,
      failure: state.failure,
      outcome: state.outcome,
      envelopes,
      timeline: state.timeline,
    };
  }

  /**
   * A pending request's difference is what it would do to the client now; a decided one's is what it
   * did (the audit record of its application), or nothing.
   */
  private async differences(state: ChangeRequestState): Promise<Difference[]> {
    if (state.status === 'PENDING_CHECK') {
      try {
        const change = { ...state.change } as unknown as AnyChange;
        const organizationId = state.change.type === 'ONBOARD_CLIENT' ? state.organizationId : null;
        return (await this.appliers.of(change.type).inspect(change, this.dataSource.manager, organizationId))
          .differences;
      } catch (error) {
        // The client moved on (the user blocked meanwhile…): approving would fail; say why instead.
        if (error instanceof FeatureError)
          return [{ field: error.field ?? 'change', before: null, after: `${error.code}: ${error.message}` }];
        throw error;
      }
    }
    const [applied] = await this.dataSource.query<{ details: { differences?: Difference[] } }[]>(
      `SELECT details FROM audit_event WHERE subject_kind = 'CHANGE_REQUEST' AND subject_id = $1 AND action LIKE 'CHANGE_%'`,
      [state.requestId],
    );
    return applied?.details.differences ?? [];
  }

  private async actor(staff: StaffIdentity): Promise<StaffActor> {
    return { staffId: staff.staffId, name: (await this.staffUsers.nameOf(staff.staffId)) ?? 'Bank staff' };
  }
}

/** Operators and auditors work at the operations desk; managers at theirs. */
function deskOfStaff(staff: StaffIdentity): ChangeDesk {
  return staff.role === 'OPERATOR' || staff.role === 'AUDITOR' ? 'OPERATIONS' : 'MANAGERS';
}

const TYPES_OF_DESK: Readonly<Record<ChangeDesk, string[]>> = {
  MANAGERS: CHANGE_TYPES.filter((type) => deskOf(type) === 'MANAGERS'),
  OPERATIONS: CHANGE_TYPES.filter((type) => deskOf(type) === 'OPERATIONS'),
};

function typesOfDesk(desk: ChangeDesk): string[] {
  return TYPES_OF_DESK[desk];
}

/** Managers change clients, operators act on processes: neither makes (or checks) the other's changes. */
function assertOwnDesk(staff: StaffIdentity, change: AnyChange): void {
  if (deskOf(change.type) !== deskOfStaff(staff))
    throw new FeatureError(Code.WRONG_DESK, 'This change is made at another desk of the bank.', {
      field: 'change.type',
    });
}

export function reviewTokenOf(revision: number, differences: readonly Difference[]): string {
  return createHash('sha256').update(JSON.stringify({ revision, differences })).digest('hex');
}

function summaryOf(state: ChangeRequestState, organizationName: string | null): ChangeRequestSummaryView {
  return {
    id: state.requestId,
    type: state.change.type,
    status: state.status,
    organizationId: state.organizationId,
    organizationName,
    summary: state.summary,
    maker: state.maker,
    checker: state.checker,
    exempt: state.exempt,
    submittedAt: state.submittedAt,
    expiresAt: state.expiresAt,
    decidedAt: state.decidedAt,
  };
}
