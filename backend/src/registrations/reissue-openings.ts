import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { tokenReissueWorkflow } from '@qoltanba/workflows';
import {
  isReissueOpen,
  type ReissueReason,
  type ReissueStarter,
  type ReissueState,
  type StaffActor,
} from '@qoltanba/workflows/domain';
import {
  cancelRegistrationUpdate,
  reissueReadyUpdate,
  reissueStateQuery,
  tokenRegistrationWorkflowId,
  tokenReissueWorkflowId,
} from '@qoltanba/workflows/messages';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import type { ClientUser } from '../organizations/client-user.entity.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProcessClient } from '../temporal/process-client.js';
import { registrationHolder } from './registration-holder.js';
import { findRegistrationId } from './registration-ids.js';
import { inRegistrationTerms } from './registration-process-errors.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

/**
 * Opens a user's token reissue, for the client (from the log-in page, in the API) or for a manager
 * (an approved change request, in the worker). Opening again finds the reissue in progress rather
 * than starting a second one, so a repeated activity changes nothing.
 */
@Injectable()
export class ReissueOpenings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: ClientUsersService,
    private readonly organizations: OrganizationsService,
    private readonly processes: ProcessClient,
    private readonly config: AppConfig,
  ) {}

  /** For a manager's approved request: the user's registration user ID gives the contract's validity. */
  async openForManager(manager: StaffActor, userId: string, reason: ReissueReason): Promise<ReissueState> {
    const user = await this.users.get(userId);
    const credentials = await findRegistrationId(this.dataSource, userId);
    if (!credentials)
      throw new FeatureError(Code.NO_REGISTRATION_ID, 'Issue the user a registration user ID first.', {
        field: 'userId',
      });
    return this.open(user, credentials.validityDays, reason, {
      kind: 'MANAGER',
      id: manager.staffId,
      name: manager.name,
    });
  }

  /**
   * The user's reissue in progress, or a new one. A registration left unfinished is cancelled
   * first: the reissue's own registration takes its place.
   */
  async open(
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

  private query(reissueId: string): Promise<ReissueState> {
    return this.processes
      .query(tokenReissueWorkflowId(reissueId), reissueStateQuery)
      .catch(inRegistrationTerms);
  }
}
