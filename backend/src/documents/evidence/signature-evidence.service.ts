import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DocumentRejectionCode as Code, methodOfChannel } from '@qoltanba/workflows/domain';
import type { ConfirmEvidenceRequest } from '@qoltanba/workflows/activities';
import type { ConfirmedSigner } from '@qoltanba/workflows/messages';
import { Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { FeatureError } from '../../common/errors/feature-error.js';
import { ClientUsersService } from '../../organizations/client-users.service.js';
import { DocumentsErrorCode } from '../documents-error-code.js';
import { SignatureEvidence } from '../signature-evidence.entity.js';
import {
  EVIDENCE_VERIFIERS,
  EvidenceVerifier,
  type EvidenceRequest,
} from '../../common/evidence/evidence-verifier.js';

/**
 * Both halves of a signature's proof: the API verifies the evidence and stores it before asking the
 * workflow to sign; the workflow's activity then confirms the stored evidence fits the signer,
 * document and content, and reads the signer's right as it is at that moment.
 */
@Injectable()
export class SignatureEvidenceService {
  private readonly verifiers: Map<string, EvidenceVerifier>;

  constructor(
    @Inject(EVIDENCE_VERIFIERS) verifiers: EvidenceVerifier[],
    @InjectRepository(SignatureEvidence) private readonly evidence: Repository<SignatureEvidence>,
    private readonly users: ClientUsersService,
  ) {
    this.verifiers = new Map(verifiers.map((verifier) => [verifier.kind, verifier]));
  }

  /** Verifies the evidence with the verifier of its kind and stores it; returns its id. */
  async verifyAndStore(request: EvidenceRequest): Promise<string> {
    const verifier = this.verifiers.get(request.evidence.kind);
    if (!verifier) {
      throw new FeatureError(
        DocumentsErrorCode.EVIDENCE_NOT_ACCEPTED,
        `Evidence of kind "${request.evidence.kind}" is not accepted here.`,
        { field: 'evidence.kind' },
      );
    }
    const verified = await verifier.verify(request);
    const id = randomUUID();
    // A plain insert: `save` would first look the new id up and wrap the insert in a transaction.
    const row = this.evidence.create({
      id,
      documentId: request.documentId,
      contentHash: request.contentHash,
      signerId: request.identity.userId,
      channel: request.identity.channel,
      method: verified.method,
      kind: verifier.kind,
      payload: verified.payload,
    });
    // (TypeORM's insert cannot type a jsonb column of unknown values; the row is a whole entity.)
    await this.evidence.insert(row as QueryDeepPartialEntity<SignatureEvidence>);
    return id;
  }

  /** The activity's half. Refuses with the workflow's own refusal codes. */
  async confirm(request: ConfirmEvidenceRequest): Promise<ConfirmedSigner> {
    const stored = await this.evidence.findOneBy({ id: request.evidenceId });
    if (
      !stored ||
      stored.documentId !== request.documentId ||
      stored.contentHash !== request.contentHash ||
      stored.signerId !== request.signerId ||
      stored.channel !== request.channel
    ) {
      throw refuse(Code.EVIDENCE_INVALID, 'The signature evidence does not belong to this signature.');
    }
    if (stored.method !== methodOfChannel(request.channel)) {
      throw refuse(
        Code.METHOD_NOT_OF_CHANNEL,
        `${stored.method} is not how the ${request.channel} channel signs.`,
      );
    }
    const user = await this.users.find(request.signerId);
    if (!user) throw refuse(Code.UNKNOWN_USER, 'Unknown signer.');
    if (user.organizationId !== request.organizationId) {
      throw refuse(Code.OTHER_ORGANIZATION, 'The signer belongs to another organization.');
    }
    if (user.status !== 'ACTIVE') throw refuse(Code.USER_BLOCKED, 'The signer is blocked.');
    if (!user.channels.includes(request.channel)) {
      throw refuse(Code.CHANNEL_NOT_ENABLED, `The ${request.channel} channel is not enabled for the signer.`);
    }
    return {
      userId: user.id,
      name: user.fullName,
      right: user.signatureRight,
      method: stored.method,
    };
  }

  /** The activity that lets a rejection through: a user of the organization with a signature right now. */
  async confirmRejecter(request: { userId: string; organizationId: string }): Promise<void> {
    const user = await this.users.find(request.userId);
    if (!user) throw refuse(Code.UNKNOWN_USER, 'Unknown user.');
    if (user.organizationId !== request.organizationId) {
      throw refuse(Code.OTHER_ORGANIZATION, 'The user belongs to another organization.');
    }
    if (user.signatureRight === 'NONE') {
      throw refuse(Code.NO_SIGNING_RIGHT, 'Only a signer can reject a document.');
    }
  }
}

function refuse(code: Code, message: string): FeatureError {
  return new FeatureError(code, message);
}
