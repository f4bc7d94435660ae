import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { tokenReissueWorkflow } from '@qoltanba/workflows';
import {
  isReissueOpen,
  type ReissueReason,
  type ReissueStarter,
  type ReissueState,
} from '@qoltanba/workflows/domain';
import {
  cancelRegistrationUpdate,
  cancelReissueUpdate,
  chooseReissueTokenUpdate,
  confirmFormattedUpdate,
  reissueReadyUpdate,
  reissueStateQuery,
  tokenRegistrationWorkflowId,
  tokenReissueWorkflowId,
} from '@qoltanba/workflows/messages';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import type { StaffIdentity } from '../access/identity.js';
import { AUDIT_SUCCESS, AuditService, type AuditRecord } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { StaffUsersService } from '../auth/staff/staff-users.service.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProcessClient } from '../temporal/process-client.js';
import type { CancelRegistrationDto, ChooseTokenDto, OnTokenDto } from './dto/registration-steps.dto.js';
import type { ReissueSummaryView } from './dto/reissue.view.js';
import { auditedStep, type StepSubject } from './audited-step.js';
import { RegistrationAccessService } from './registration-access.service.js';
import { RegistrationCredentialsService } from './registration-credentials.service.js';
import { registrationHolder } from './registration-holder.js';
import { inRegistrationTerms, notFound } from './registration-process-errors.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

export interface OpenedReissue {
  accessKey: string;
  accessExpiresAt: Date;
  state: ReissueState;
}

/**
 * Token reissue through the API: the client starts it from the log-in page with their user ID and
 * OTP-card PIN (a lost token PIN leaves no other way in), or a manager starts it for them; either
 * way the client's wizard does the token steps with the access key, then continues in the
 * registration the reissue starts.
 */
@Injectable()
export class TokenReissuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: RegistrationCredentialsService,
    private readonly access: RegistrationAccessService,
    private readonly users: ClientUsersService,
    private readonly organizations: OrganizationsService,
    private readonly processes: ProcessClient,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly staffUsers: StaffUsersService,
  ) {}

  async openByClient(
    registrationUserId: string,
    pin: string,
    reason: ReissueReason,
    ip: string | null,
  ): Promise<OpenedReissue> {
    const { user, validityDays } = await this.credentials.verify(registrationUserId, pin, ip);
    const state = await this.openFor(user, validityDays, reason, {
      kind: 'CLIENT',
      id: user.id,
      name: user.fullName,
    });
    const { accessKey, expiresAt } = await this.access.grant(user.id);
    await this.record({ kind: 'CLIENT', id: user.id, organizationId: user.organizationId }, state, ip);
    return { accessKey, accessExpiresAt: expiresAt, state };
  }

  async startByManager(manager: StaffIdentity, userId: string, reason: ReissueReason): Promise<ReissueState> {
    const user = await this.users.get(userId);
    const credentials = await this.credentials.find(userId);
    if (!credentials) {
      throw new FeatureError(Code.NO_REGISTRATION_ID, 'Issue the user a registration user ID first.', {
        field: 'userId',
      });
    }
    const state = await this.openFor(user, credentials.validityDays, reason, {
      kind: 'MANAGER',
      id: manager.staffId,
      name: (await this.staffUsers.nameOf(manager.staffId)) ?? 'Bank manager',
    });
    await this.record({ kind: 'STAFF', id: manager.staffId }, state, null);
    return state;
  }

  async state(accessKey: string | undefined): Promise<ReissueState> {
    return this.query((await this.reissueOf(accessKey)).id);
  }

  chooseToken(accessKey: string | undefined, dto: ChooseTokenDto): Promise<ReissueState> {
    const { serialNumber, label, model, connectedTokens } = dto;
    return this.step(accessKey, chooseReissueTokenUpdate, {
      token: { serialNumber, label, model: model ?? '' },
      connectedTokens,
    });
  }

  confirmFormatted(accessKey: string | undefined, dto: OnTokenDto): Promise<ReissueState> {
    return this.step(accessKey, confirmFormattedUpdate, { serialNumber: dto.serialNumber });
  }

  cancel(accessKey: string | undefined, dto: CancelRegistrationDto): Promise<ReissueState> {
    return this.step(accessKey, cancelReissueUpdate, { reason: dto.reason });
  }

  async listForUser(userId: string): Promise<ReissueSummaryView[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        status: ReissueSummaryView['status'];
        open: boolean;
        reason: ReissueReason;
        started_by: string;
        registration_id: string | null;
        started_at: Date;
        updated_at: Date;
      }[]
    >(
      `SELECT id, status, open, reason, started_by, registration_id, started_at, updated_at
       FROM token_reissue WHERE user_id = $1 ORDER BY started_at DESC, id`,
      [userId],
    );
    return rows.map((row) => ({
      reissueId: row.id,
      status: row.status,
      open: row.open,
      reason: row.reason,
      startedBy: row.started_by,
      registrationId: row.registration_id,
      startedAt: row.started_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    }));
  }

  /**
   * The user's reissue in progress, or a new one. A registration left unfinished is cancelled
   * first: the reissue's own registration takes its place.
   */
  private async openFor(
    user: ClientUser,
    validityDays: number,
    reason: ReissueReason,
    startedBy: ReissueStarter,
  ): Promise<ReissueState> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const id = randomUUID();
      await this.dataSource.query(
        `INSERT INTO token_reissue (id, workflow_id, user_id, organization_id, status, reason, started_by)
         VALUES ($1, $2, $3, $4, 'AWAITING_TOKEN', $5, $6)
         ON CONFLICT DO NOTHING`,
        [id, tokenReissueWorkflowId(id), user.id, user.organizationId, reason, startedBy.kind],
      );
      const [row] = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM token_reissue WHERE user_id = $1 AND open`,
        [user.id],
      );
      if (!row) continue;
      if (row.id === id) await this.cancelLooseRegistration(user.id);
      const state = await this.start(row.id, user, validityDays, reason, startedBy);
      if (isReissueOpen(state)) return state;
      await this.dataSource.query(`UPDATE token_reissue SET open = false WHERE id = $1`, [row.id]);
    }
    throw new FeatureError(Code.ENGINE_UNAVAILABLE, 'The reissue could not be started; try again.');
  }

  private async cancelLooseRegistration(userId: string): Promise<void> {
    const [loose] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM token_registration WHERE user_id = $1 AND open AND reissue_id IS NULL`,
      [userId],
    );
    if (!loose) return;
    await this.processes
      .update(tokenRegistrationWorkflowId(loose.id), cancelRegistrationUpdate, {
        reason: 'replaced by a reissue',
      })
      .catch(inRegistrationTerms);
  }

  private async start(
    reissueId: string,
    user: ClientUser,
    validityDays: number,
    reason: ReissueReason,
    startedBy: ReissueStarter,
  ): Promise<ReissueState> {
    const started = await this.processes
      .startWithUpdate(
        tokenReissueWorkflow,
        {
          workflowId: tokenReissueWorkflowId(reissueId),
          args: [
            {
              reissueId,
              holder: await registrationHolder(this.organizations, user),
              reason,
              startedBy,
              validityDays,
              expiresInDays: this.config.pki.registration.expiryDays,
            },
          ],
        },
        reissueReadyUpdate,
      )
      .catch(inRegistrationTerms);
    return started ?? this.query(reissueId);
  }

  private record(actor: AuditRecord['actor'], state: ReissueState, ip: string | null): Promise<void> {
    return this.audit.record({
      actor,
      action: 'TOKEN_REISSUE_OPEN',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'TOKEN_REISSUE', id: state.reissueId },
      ip,
      details: { status: state.status, reason: state.reason, userId: state.holder.userId },
    });
  }

  /** The user's reissue in progress, else their latest. */
  private async reissueOf(accessKey: string | undefined): Promise<StepSubject> {
    const userId = await this.access.userOf(accessKey);
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM token_reissue WHERE user_id = $1 ORDER BY open DESC, started_at DESC LIMIT 1`,
      [userId],
    );
    if (!row) throw notFound('reissue');
    return { kind: 'TOKEN_REISSUE', id: row.id, userId };
  }

  private async step<A>(
    accessKey: string | undefined,
    update: UpdateDefinition<ReissueState, [A]>,
    arg: A,
  ): Promise<ReissueState> {
    const subject = await this.reissueOf(accessKey);
    return auditedStep(this.audit, subject, update.name, () =>
      this.processes.update(tokenReissueWorkflowId(subject.id), update, arg).catch(inRegistrationTerms),
    );
  }

  private query(reissueId: string): Promise<ReissueState> {
    return this.processes
      .query(tokenReissueWorkflowId(reissueId), reissueStateQuery)
      .catch(inRegistrationTerms);
  }
}
