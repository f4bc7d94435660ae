import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  canonicalJson,
  documentContent,
  DocumentRejectionCode,
  type Actor,
  type DocumentState,
} from '@qoltanba/workflows/domain';
import {
  editDocumentUpdate,
  rejectDocumentUpdate,
  signDocumentUpdate,
  submitDocumentUpdate,
  withdrawDocumentUpdate,
} from '@qoltanba/workflows/messages';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { DocumentWorkflowClient } from './document-workflow.client.js';
import type { DocumentRecord } from './document-record.entity.js';
import { DocumentsQueryService } from './documents-query.service.js';
import { DocumentsErrorCode } from './documents-error-code.js';
import type { DocumentView } from './dto/document.view.js';
import type { SignDocumentDto } from './dto/sign-document.dto.js';
import type { EditTengePaymentDto } from './dto/edit-tenge-payment.dto.js';
import type { TengePaymentDto } from './dto/tenge-payment.dto.js';
import { documentIdFromIdempotencyKey } from './idempotency.js';
import { PaymentOrderMapper } from './payment-order.mapper.js';
import { DocumentNumbersService } from './document-numbers.service.js';
import { SignatureEvidenceService } from './evidence/signature-evidence.service.js';
import { timesOf, toDocumentView } from './document-view.mapper.js';
import { refuseHopelessSignature } from './signer-precheck.js';

/**
 * What clients do to documents. Authorization happens here (organization scope, who may prepare);
 * the signature rules themselves live in the workflow, which answers each update with the new state
 * or a typed refusal.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly workflows: DocumentWorkflowClient,
    private readonly documents: DocumentsQueryService,
    private readonly payments: PaymentOrderMapper,
    private readonly organizations: OrganizationsService,
    private readonly users: ClientUsersService,
    private readonly evidence: SignatureEvidenceService,
    private readonly numbers: DocumentNumbersService,
  ) {}

  async create(
    identity: ClientIdentity,
    dto: TengePaymentDto,
    { idempotencyKey, submit }: { idempotencyKey?: string | undefined; submit: boolean },
  ): Promise<DocumentView> {
    const organization = await this.organizations.get(identity.organizationId);
    const actor = await this.preparer(identity, organization.noneMayPrepare);
    const documentId = idempotencyKey
      ? documentIdFromIdempotencyKey(organization.id, idempotencyKey)
      : randomUUID();
    const number =
      dto.number?.trim() || (await this.numbers.numberFor(organization.id, documentId, dto.date));
    const content = await this.payments.toValidatedOrder({ ...dto, number }, organization, identity);
    const state = await this.workflows.start({
      documentId,
      organizationId: organization.id,
      author: actor,
      content,
      submit,
      deadlinePolicy:
        organization.approvalWindowHours === null
          ? { kind: 'END_OF_VALUE_DATE' }
          : { kind: 'HOURS_AFTER_CREATION', hours: organization.approvalWindowHours },
    });
    // A retry finds the document it created; a key reused for another payment must not pass as one.
    // (Once the document has been edited its first content is gone: a retry is then taken as one.)
    const reused =
      idempotencyKey !== undefined &&
      state.revision === 1 &&
      (state.authorId !== actor.userId || canonicalJson(state.content) !== canonicalJson(content));
    if (reused) {
      throw new FeatureError(
        DocumentsErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used for another payment; use a new key for a new payment.',
        { field: 'Idempotency-Key' },
      );
    }
    return toDocumentView(state, timesOf(state));
  }

  async edit(identity: ClientIdentity, documentId: string, dto: EditTengePaymentDto): Promise<DocumentView> {
    await this.documents.findOwned(identity, documentId);
    const organization = await this.organizations.get(identity.organizationId);
    const actor = await this.preparer(identity, organization.noneMayPrepare);
    const { revision, ...payment } = dto;
    const content = await this.payments.toValidatedOrder(payment, organization, identity);
    return this.run(documentId, editDocumentUpdate, { actor, content, revision });
  }

  async submit(identity: ClientIdentity, documentId: string): Promise<DocumentView> {
    const { state } = await this.documents.findOwned(identity, documentId);
    await this.payments.requireChannelFor(state.content, identity);
    const organization = await this.organizations.get(identity.organizationId);
    return this.run(documentId, submitDocumentUpdate, {
      actor: await this.preparer(identity, organization.noneMayPrepare),
    });
  }

  /**
   * The document as the caller's signature will find it, passed to `refuse`, which throws if the
   * signature can only be refused. The read model answers first; a refusal is confirmed by the
   * workflow, which has the last word: the read model can be a transition ahead of it, written by a
   * workflow task that was then lost in a Temporal or PostgreSQL restart (a signature shown there
   * that the workflow never took, and would wait for ever).
   */
  async stateToSign(
    identity: ClientIdentity,
    documentId: string,
    refuse: (state: DocumentRecord['state']) => void,
  ): Promise<DocumentRecord['state']> {
    const { state } = await this.documents.findOwned(identity, documentId);
    try {
      refuse(state);
      return state;
    } catch (error) {
      if (!(error instanceof FeatureError)) throw error;
      const current = await this.workflows.state(documentId);
      refuse(current);
      return current;
    }
  }

  async sign(identity: ClientIdentity, documentId: string, dto: SignDocumentDto): Promise<DocumentView> {
    const user = await this.users.ofCaller(identity);
    const state = await this.stateToSign(identity, documentId, (document) =>
      refuseHopelessSignature(document, identity, user, dto.contentHash),
    );
    const content = documentContent({ ...state, content: state.content });
    const evidenceId = await this.evidence.verifyAndStore({
      identity,
      documentId,
      revision: state.revision,
      content,
      contentHash: dto.contentHash,
      evidence: dto.evidence,
    });
    return this.run(documentId, signDocumentUpdate, {
      signerId: identity.userId,
      channel: identity.channel,
      contentHash: dto.contentHash,
      evidenceId,
    });
  }

  async reject(identity: ClientIdentity, documentId: string, reason: string): Promise<DocumentView> {
    await this.documents.findOwned(identity, documentId);
    const user = await this.users.ofCaller(identity);
    if (user.signatureRight === 'NONE') {
      throw new FeatureError(DocumentRejectionCode.NO_SIGNING_RIGHT, 'Only a signer can reject a document.');
    }
    return this.run(documentId, rejectDocumentUpdate, {
      actor: this.actorOf(identity, user.fullName),
      reason,
    });
  }

  async withdraw(identity: ClientIdentity, documentId: string): Promise<DocumentView> {
    await this.documents.findOwned(identity, documentId);
    const user = await this.users.ofCaller(identity);
    return this.run(documentId, withdrawDocumentUpdate, { actor: this.actorOf(identity, user.fullName) });
  }

  private async run<A>(
    documentId: string,
    update: UpdateDefinition<DocumentState, [A]>,
    arg: A,
  ): Promise<DocumentView> {
    const state = await this.workflows.update(documentId, update, arg);
    return toDocumentView(state, timesOf(state));
  }

  /** Someone who may prepare documents: any signer, and NONE users where the organization allows it. */
  private async preparer(identity: ClientIdentity, noneMayPrepare: boolean): Promise<Actor> {
    const user = await this.users.ofCaller(identity);
    if (user.signatureRight === 'NONE' && !noneMayPrepare) {
      throw new FeatureError(
        DocumentsErrorCode.MAY_NOT_PREPARE,
        'Your organization does not let users without a signing right prepare documents.',
      );
    }
    return this.actorOf(identity, user.fullName);
  }

  private actorOf(identity: ClientIdentity, name: string): Actor {
    return { userId: identity.userId, name, channel: identity.channel };
  }
}
