import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ReissueReason, type ReissueState } from '@qoltanba/workflows/domain';
import {
  cancelReissueUpdate,
  chooseReissueTokenUpdate,
  confirmFormattedUpdate,
  reissueStateQuery,
  tokenReissueWorkflowId,
} from '@qoltanba/workflows/messages';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService, type AuditRecord } from '../audit/audit.service.js';
import { ProcessClient } from '../temporal/process-client.js';
import type { CancelRegistrationDto, ChooseTokenDto, OnTokenDto } from './dto/registration-steps.dto.js';
import type { ReissueSummaryView } from './dto/reissue.view.js';
import { auditedStep, type StepSubject } from './audited-step.js';
import { ReissueOpenings } from './reissue-openings.js';
import { RegistrationAccessService } from './registration-access.service.js';
import { RegistrationCredentialsService } from './registration-credentials.service.js';
import { inRegistrationTerms, notFound } from './registration-process-errors.js';

export interface OpenedReissue {
  accessKey: string;
  accessExpiresAt: Date;
  state: ReissueState;
}

/**
 * Token reissue through the API: the client starts it from the log-in page with their user ID and
 * OTP-card PIN (a lost token PIN leaves no other way in), or a manager's approved change request
 * starts it for them (`ReissueOpenings`); either way the client's wizard does the token steps with
 * the access key, then continues in the registration the reissue starts.
 */
@Injectable()
export class TokenReissuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: RegistrationCredentialsService,
    private readonly access: RegistrationAccessService,
    private readonly openings: ReissueOpenings,
    private readonly processes: ProcessClient,
    private readonly audit: AuditService,
  ) {}

  async openByClient(
    registrationUserId: string,
    pin: string,
    reason: ReissueReason,
    ip: string | null,
  ): Promise<OpenedReissue> {
    const { user, validityDays } = await this.credentials.verify(registrationUserId, pin, ip);
    const state = await this.openings.open(user, validityDays, reason, {
      kind: 'CLIENT',
      id: user.id,
      name: user.fullName,
    });
    const { accessKey, expiresAt } = await this.access.grant(user.id);
    await this.record({ kind: 'CLIENT', id: user.id, organizationId: user.organizationId }, state, ip);
    return { accessKey, accessExpiresAt: expiresAt, state };
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
