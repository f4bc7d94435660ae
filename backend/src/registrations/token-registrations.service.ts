import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { tokenRegistrationWorkflow } from '@qoltanba/workflows';
import { isRegistrationOpen, type RegistrationState } from '@qoltanba/workflows/domain';
import {
  cancelRegistrationUpdate,
  chooseTokenUpdate,
  confirmPasswordSetUpdate,
  confirmWrittenUpdate,
  registrationReadyUpdate,
  registrationStateQuery,
  submitRequestsUpdate,
  tokenRegistrationWorkflowId,
  type TokenRegistrationInput,
} from '@qoltanba/workflows/messages';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProcessClient } from '../temporal/process-client.js';
import type {
  CancelRegistrationDto,
  ChooseTokenDto,
  OnTokenDto,
  SubmitRequestsDto,
} from './dto/registration-steps.dto.js';
import type { RegistrationSummaryView } from './dto/registration.view.js';
import { auditedStep, type StepSubject } from './audited-step.js';
import { RegistrationAccessService } from './registration-access.service.js';
import { RegistrationCredentialsService } from './registration-credentials.service.js';
import { registrationHolder } from './registration-holder.js';
import { inRegistrationTerms, notFound } from './registration-process-errors.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

export interface OpenedRegistration {
  accessKey: string;
  accessExpiresAt: Date;
  state: RegistrationState;
}

/**
 * The client's token registration through the API: the user ID and OTP-card PIN open it (or the
 * one in progress, so a client who comes back continues where they stopped) and answer a
 * short-lived access key; each later step is an update of the registration's workflow.
 */
@Injectable()
export class TokenRegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: RegistrationCredentialsService,
    private readonly access: RegistrationAccessService,
    private readonly organizations: OrganizationsService,
    private readonly processes: ProcessClient,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async open(registrationUserId: string, pin: string, ip: string | null): Promise<OpenedRegistration> {
    const { user, validityDays } = await this.credentials.verify(registrationUserId, pin, ip);
    await this.refuseDuringReissue(user.id);
    const state = await this.openFor(user, validityDays);
    const { accessKey, expiresAt: accessExpiresAt } = await this.access.grant(user.id);
    await this.audit.record({
      actor: { kind: 'CLIENT', id: user.id, organizationId: user.organizationId },
      action: 'TOKEN_REGISTRATION_OPEN',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'TOKEN_REGISTRATION', id: state.registrationId },
      ip,
      details: { status: state.status },
    });
    return { accessKey, accessExpiresAt, state };
  }

  async state(accessKey: string | undefined): Promise<RegistrationState> {
    return this.query((await this.registrationOf(accessKey)).id);
  }

  async chooseToken(accessKey: string | undefined, dto: ChooseTokenDto): Promise<RegistrationState> {
    const { serialNumber, label, model, connectedTokens } = dto;
    return this.step(accessKey, chooseTokenUpdate, {
      token: { serialNumber, label, model: model ?? '' },
      connectedTokens,
    });
  }

  confirmPasswordSet(accessKey: string | undefined, dto: OnTokenDto): Promise<RegistrationState> {
    return this.step(accessKey, confirmPasswordSetUpdate, { serialNumber: dto.serialNumber });
  }

  submitRequests(accessKey: string | undefined, dto: SubmitRequestsDto): Promise<RegistrationState> {
    const { serialNumber, signing, nationalSigning, authentication } = dto;
    return this.step(accessKey, submitRequestsUpdate, {
      serialNumber,
      authentication,
      ...(signing === undefined ? {} : { signing }),
      ...(nationalSigning === undefined ? {} : { nationalSigning }),
    });
  }

  confirmWritten(accessKey: string | undefined, dto: OnTokenDto): Promise<RegistrationState> {
    return this.step(accessKey, confirmWrittenUpdate, { serialNumber: dto.serialNumber });
  }

  /** The client gives up (a manager's CANCEL_TOKEN_REGISTRATION does it for them); what was issued is revoked. */
  cancel(accessKey: string | undefined, dto: CancelRegistrationDto): Promise<RegistrationState> {
    return this.step(accessKey, cancelRegistrationUpdate, { reason: dto.reason });
  }

  async listForUser(userId: string): Promise<RegistrationSummaryView[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        status: RegistrationSummaryView['status'];
        open: boolean;
        token_serial: string | null;
        reissue_id: string | null;
        started_at: Date;
        updated_at: Date;
      }[]
    >(
      `SELECT id, status, open, token_serial, reissue_id, started_at, updated_at
       FROM token_registration WHERE user_id = $1 ORDER BY started_at DESC, id`,
      [userId],
    );
    return rows.map((row) => ({
      registrationId: row.id,
      status: row.status,
      open: row.open,
      tokenSerial: row.token_serial,
      reissueId: row.reissue_id,
      startedAt: row.started_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    }));
  }

  /** Until a reissue has formatted the token, its own registration is the one to continue. */
  private async refuseDuringReissue(userId: string): Promise<void> {
    const [reissue] = await this.dataSource.query<{ status: string }[]>(
      `SELECT status FROM token_reissue WHERE user_id = $1 AND open`,
      [userId],
    );
    if (reissue && reissue.status !== 'REGISTERING') {
      throw new FeatureError(
        Code.REISSUE_IN_PROGRESS,
        'A reissue of your token is in progress: continue it first.',
      );
    }
  }

  /** The user's registration in progress, or a new one; the row comes first, so there is one at most. */
  private async openFor(user: ClientUser, validityDays: number): Promise<RegistrationState> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const id = randomUUID();
      // Two first entries at once: the partial unique index on open rows lets one of them in.
      await this.dataSource.query(
        `INSERT INTO token_registration (id, workflow_id, user_id, organization_id, status)
         VALUES ($1, $2, $3, $4, 'AWAITING_TOKEN')
         ON CONFLICT DO NOTHING`,
        [id, tokenRegistrationWorkflowId(id), user.id, user.organizationId],
      );
      const [row] = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM token_registration WHERE user_id = $1 AND open`,
        [user.id],
      );
      if (!row) continue;
      const state = await this.start(row.id, user, validityDays);
      if (isRegistrationOpen(state)) return state;
      // Ended since the row was last projected (it expired): close it and open a new one.
      await this.dataSource.query(`UPDATE token_registration SET open = false WHERE id = $1`, [row.id]);
    }
    throw new FeatureError(Code.ENGINE_UNAVAILABLE, 'The registration could not be opened; try again.');
  }

  private async start(registrationId: string, user: ClientUser, validityDays: number) {
    const input: TokenRegistrationInput = {
      registrationId,
      holder: await registrationHolder(this.organizations, user),
      validityDays,
      expiresInDays: this.config.pki.registration.expiryDays,
    };
    const started = await this.processes
      .startWithUpdate(
        tokenRegistrationWorkflow,
        { workflowId: tokenRegistrationWorkflowId(registrationId), args: [input] },
        registrationReadyUpdate,
      )
      .catch(inRegistrationTerms);
    return started ?? this.query(registrationId);
  }

  /** The user's registration in progress, else their latest (a finished one still shows its end). */
  private async registrationOf(accessKey: string | undefined): Promise<StepSubject> {
    const userId = await this.access.userOf(accessKey);
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM token_registration WHERE user_id = $1 ORDER BY open DESC, started_at DESC LIMIT 1`,
      [userId],
    );
    if (!row) throw notFound();
    return { kind: 'TOKEN_REGISTRATION', id: row.id, userId };
  }

  private async step<A>(
    accessKey: string | undefined,
    update: UpdateDefinition<RegistrationState, [A]>,
    arg: A,
  ): Promise<RegistrationState> {
    const subject = await this.registrationOf(accessKey);
    return auditedStep(this.audit, subject, update.name, () => this.update(subject.id, update, arg));
  }

  private query(registrationId: string): Promise<RegistrationState> {
    return this.processes
      .query(tokenRegistrationWorkflowId(registrationId), registrationStateQuery)
      .catch(inRegistrationTerms);
  }

  private update<A>(
    registrationId: string,
    update: UpdateDefinition<RegistrationState, [A]>,
    arg: A,
  ): Promise<RegistrationState> {
    return this.processes
      .update(tokenRegistrationWorkflowId(registrationId), update, arg)
      .catch(inRegistrationTerms);
  }
}
