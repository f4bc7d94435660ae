import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  applicationContent,
  canonicalJson,
  channelAllows,
  DocumentRejectionCode,
  isCurrencyKind,
  type Actor,
  type ApplicationState,
  type FormApplicationKind,
} from '@qoltanba/workflows/domain';
import {
  editApplicationUpdate,
  rejectApplicationUpdate,
  reserveCancellationUpdate,
  signApplicationUpdate,
  submitApplicationUpdate,
  withdrawApplicationUpdate,
} from '@qoltanba/workflows/messages';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { documentIdFromIdempotencyKey } from '../documents/idempotency.js';
import { SignatureEvidenceService } from '../documents/evidence/signature-evidence.service.js';
import type { SignDocumentDto } from '../documents/dto/sign-document.dto.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ApplicationContentMapper } from './application-content.mapper.js';
import { ApplicationNumbers } from './application-numbers.js';
import { ApplicationWorkflowClient } from './application-workflow.client.js';
import { ApplicationsErrorCode as Code } from './applications-error-code.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { toApplicationView } from './application-view.mapper.js';
import type { ApplicationView } from './dto/application.view.js';

/**
 * What clients do to applications. Authorization happens here — organization scope, who may
 * prepare, which channel may create which kind — and the signature rules in the workflow, which
 * answers each update with the new state or a typed refusal.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly workflows: ApplicationWorkflowClient,
    private readonly applications: ApplicationsQueryService,
    private readonly contents: ApplicationContentMapper,
    private readonly numbers: ApplicationNumbers,
    private readonly organizations: OrganizationsService,
    private readonly users: ClientUsersService,
    private readonly evidence: SignatureEvidenceService,
  ) {}

  async create(
    identity: ClientIdentity,
    kind: FormApplicationKind,
    request: Record<string, unknown>,
    { idempotencyKey, submit }: { idempotencyKey?: string | undefined; submit: boolean },
  ): Promise<ApplicationView> {
    requireKindInChannel(identity, kind);
    const actor = await this.preparer(identity);
    const content = await this.contents.toContent(identity, kind, request);
    const applicationId = idempotencyKey
      ? documentIdFromIdempotencyKey(identity.organizationId, `application:${idempotencyKey}`)
      : randomUUID();
    const state = await this.workflows.start({
      applicationId,
      organizationId: identity.organizationId,
      author: actor,
      number: await this.numbers.next(identity.organizationId),
      content,
      submit,
    });
    // A retry finds what it created; a key reused for another application must not pass as one.
    const reused =
      idempotencyKey !== undefined &&
      state.revision === 1 &&
      (state.authorId !== actor.userId || canonicalJson(state.content) !== canonicalJson(content));
    if (reused) {
      throw new FeatureError(
        Code.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used for another application; use a new key.',
        { field: 'Idempotency-Key' },
      );
    }
    return toApplicationView(state);
  }

  async edit(
    identity: ClientIdentity,
    applicationId: string,
    request: Record<string, unknown>,
    revision: number,
  ): Promise<ApplicationView> {
    const { state } = await this.applications.findOwned(identity, applicationId);
    if (state.kind === 'CANCELLATION') {
      throw new FeatureError(
        Code.CANCELLATION_OF_CANCELLATION,
        'A cancellation is not edited: withdraw it and ask again.',
      );
    }
    requireKindInChannel(identity, state.kind);
    const actor = await this.preparer(identity);
    const content = await this.contents.toContent(identity, state.kind, request);
    return this.run(applicationId, editApplicationUpdate, { actor, content, revision });
  }

  async submit(identity: ClientIdentity, applicationId: string): Promise<ApplicationView> {
    await this.applications.findOwned(identity, applicationId);
    return this.run(applicationId, submitApplicationUpdate, { actor: await this.preparer(identity) });
  }

  async sign(
    identity: ClientIdentity,
    applicationId: string,
    dto: SignDocumentDto,
  ): Promise<ApplicationView> {
    const { state } = await this.applications.findOwned(identity, applicationId);
    const evidenceId = await this.evidence.verifyAndStore({
      identity,
      documentId: applicationId,
      revision: state.revision,
      content: applicationContent({ ...state, applicationId }),
      contentHash: dto.contentHash,
      evidence: dto.evidence,
    });
    return this.run(applicationId, signApplicationUpdate, {
      signerId: identity.userId,
      channel: identity.channel,
      contentHash: dto.contentHash,
      evidenceId,
    });
  }

  async reject(identity: ClientIdentity, applicationId: string, reason: string): Promise<ApplicationView> {
    await this.applications.findOwned(identity, applicationId);
    const user = await this.users.ofCaller(identity);
    if (user.signatureRight === 'NONE') {
      throw new FeatureError(
        DocumentRejectionCode.NO_SIGNING_RIGHT,
        'Only a signer can reject an application.',
      );
    }
    return this.run(applicationId, rejectApplicationUpdate, {
      actor: actorOf(identity, user.fullName),
      reason,
    });
  }

  async withdraw(identity: ClientIdentity, applicationId: string): Promise<ApplicationView> {
    await this.applications.findOwned(identity, applicationId);
    const user = await this.users.ofCaller(identity);
    return this.run(applicationId, withdrawApplicationUpdate, { actor: actorOf(identity, user.fullName) });
  }

  /**
   * Asks the bank to cancel an application it holds: the original reserves itself for this one
   * cancellation first (two people asking at once make one), then the cancellation starts as an
   * application awaiting signatures under the same rules, and is sent like one.
   */
  async cancel(identity: ClientIdentity, applicationId: string, reason: string): Promise<ApplicationView> {
    const { state: original } = await this.applications.findOwned(identity, applicationId);
    if (original.kind === 'CANCELLATION') {
      throw new FeatureError(
        Code.CANCELLATION_OF_CANCELLATION,
        'A cancellation cannot itself be cancelled; withdraw it before it is sent.',
      );
    }
    requireKindInChannel(identity, original.kind);
    const actor = await this.preparer(identity);
    const text = reason.trim();
    if (!text) {
      throw new FeatureError(DocumentRejectionCode.REASON_REQUIRED, 'Say why it is to be cancelled.', {
        field: 'reason',
      });
    }
    const cancellationId = randomUUID();
    await this.workflows.update(applicationId, reserveCancellationUpdate, { cancellationId });
    const state = await this.workflows.start({
      applicationId: cancellationId,
      organizationId: identity.organizationId,
      author: actor,
      number: await this.numbers.next(identity.organizationId),
      content: {
        kind: 'CANCELLATION',
        applicationId,
        cancelledKind: original.kind,
        cancelledNumber: original.number,
        reason: text,
      },
      submit: true,
    });
    return toApplicationView(state);
  }

  private async run<A>(
    applicationId: string,
    update: UpdateDefinition<ApplicationState, [A]>,
    arg: A,
  ): Promise<ApplicationView> {
    return toApplicationView(await this.workflows.update(applicationId, update, arg));
  }

  /** Someone who may prepare applications: any signer, and NONE users where the organization allows it. */
  private async preparer(identity: ClientIdentity): Promise<Actor> {
    const [user, organization] = await Promise.all([
      this.users.ofCaller(identity),
      this.organizations.get(identity.organizationId),
    ]);
    if (user.signatureRight === 'NONE' && !organization.noneMayPrepare) {
      throw new FeatureError(
        Code.MAY_NOT_PREPARE,
        'Your organization does not let users without a signing right prepare applications.',
      );
    }
    return actorOf(identity, user.fullName);
  }
}

/** Mobile creates service applications only; currency applications are Standard's and Light's. */
function requireKindInChannel(identity: ClientIdentity, kind: FormApplicationKind): void {
  const fn = isCurrencyKind(kind) ? 'CREATE_CURRENCY_APPLICATION' : 'SERVICE_APPLICATION';
  if (!channelAllows(identity.channel, fn)) {
    throw new FeatureError(
      Code.KIND_NOT_IN_CHANNEL,
      `The ${identity.channel} channel does not create ${kind} applications.`,
      { field: 'kind' },
    );
  }
}

function actorOf(identity: ClientIdentity, name: string): Actor {
  return { userId: identity.userId, name, channel: identity.channel };
}
