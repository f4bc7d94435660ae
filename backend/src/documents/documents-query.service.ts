import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Awaiting, documentContent, normalizeIban } from '@qoltanba/workflows/domain';
import { In, Repository } from 'typeorm';
import { AuditService, auditActor } from '../audit/audit.service.js';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { nameAwaitedPeople } from '../organizations/awaited-people.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { ProcessTimelineService } from '../processes/process-timeline.service.js';
import { DocumentRecord } from './document-record.entity.js';
import { DocumentsErrorCode } from './documents-error-code.js';
import { SignatureEvidence } from './signature-evidence.entity.js';
import { toDocumentView } from './document-view.mapper.js';
import { documentNotFound } from './document-workflow.client.js';
import { awaitedOfMe } from './awaiting-me.js';
import type {
  AwaitingMeView,
  DocumentContentView,
  DocumentPage,
  DocumentView,
  SignatureEvidenceView,
  TimelineEntryView,
} from './dto/document.view.js';
import type { ListDocumentsQuery } from './dto/list-documents.query.js';

/**
 * Reads from the read model: lists, details, timelines. Every read is scoped to the caller's
 * organization; a document of another organization is simply not found.
 */
/** The home page lists this many; the counts say how many there are in all. */
const AWAITING_ME_SHOWN = 10;

@Injectable()
export class DocumentsQueryService {
  constructor(
    @InjectRepository(DocumentRecord) private readonly records: Repository<DocumentRecord>,
    @InjectRepository(SignatureEvidence) private readonly evidence: Repository<SignatureEvidence>,
    private readonly users: ClientUsersService,
    private readonly audit: AuditService,
    private readonly timelines: ProcessTimelineService,
  ) {}

  /** Another organization's document is answered exactly like a missing one, and the attempt audited. */
  async findOwned(identity: ClientIdentity, documentId: string): Promise<DocumentRecord> {
    const record = await this.records.findOneBy({ id: documentId, organizationId: identity.organizationId });
    if (!record) {
      if (await this.records.existsBy({ id: documentId })) {
        await this.audit.recordQuietly({
          actor: auditActor(identity),
          action: 'DOCUMENT_ACCESS',
          outcome: 'DOCUMENT_NOT_FOUND',
          subject: { kind: 'DOCUMENT', id: documentId },
          details: { reason: 'OTHER_ORGANIZATION', channel: identity.channel },
        });
      }
      throw documentNotFound();
    }
    return record;
  }

  /** Newest first; dates are Almaty calendar days. */
  async list(identity: ClientIdentity, query: ListDocumentsQuery): Promise<DocumentPage> {
    const builder = this.records
      .createQueryBuilder('d')
      .where('d.organization_id = :organizationId', { organizationId: identity.organizationId });
    if (query.status) builder.andWhere('d.status = :status', { status: query.status });
    if (query.type) builder.andWhere('d.type = :type', { type: query.type });
    if (query.account) builder.andWhere('d.payer_iban = :iban', { iban: normalizeIban(query.account) });
    if (query.from)
      builder.andWhere(`d.created_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Almaty'`, {
        from: query.from,
      });
    if (query.to) {
      builder.andWhere(`d.created_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty')`, {
        to: query.to,
      });
    }
    const [records, total] = await builder
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: records.map(viewOf), page: query.page, pageSize: query.pageSize, total };
  }

  /**
   * What waits for the caller, oldest deadline first: documents awaiting their signature or approval,
   * and documents approved by OTP that wait for their EDS in the Standard channel.
   */
  async awaitingMe(identity: ClientIdentity): Promise<AwaitingMeView> {
    const user = await this.users.ofCaller(identity);
    const person = { userId: user.id, right: user.signatureRight, channels: user.channels };
    // Only what deciding needs, for every open document: an organization may have thousands, and
    // whole states (content, signatures, history) are read for the few shown.
    const open = await this.records
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .addSelect(`d.state->'awaiting'`, 'awaiting')
      .where('d.organization_id = :organizationId', { organizationId: identity.organizationId })
      .andWhere(`d.status IN ('AWAITING_SIGNATURES', 'SIGNED')`)
      .orderBy(`d.state->>'deadline'`, 'ASC')
      .getRawMany<{ id: string; awaiting: Awaiting }>();
    const mine = open
      .map((row) => ({ id: row.id, awaited: awaitedOfMe(row.awaiting, person) }))
      .filter((entry) => entry.awaited !== undefined);
    const shownIds = mine.slice(0, AWAITING_ME_SHOWN).map((entry) => entry.id);
    const shown = new Map(
      (shownIds.length > 0 ? await this.records.findBy({ id: In(shownIds) }) : []).map((record) => [
        record.id,
        record,
      ]),
    );
    return {
      toSign: mine.filter((entry) => entry.awaited === 'SIGNATURE').length,
      toDispatch: mine.filter((entry) => entry.awaited === 'DISPATCH_EDS').length,
      // A document that left the list between the two reads is not shown.
      items: shownIds.flatMap((id) => {
        const record = shown.get(id);
        return record ? [viewOf(record)] : [];
      }),
    };
  }

  /** One document, with the people it awaits named. */
  async get(identity: ClientIdentity, documentId: string): Promise<DocumentView> {
    const view = viewOf(await this.findOwned(identity, documentId));
    view.awaiting = await nameAwaitedPeople(this.users, identity.organizationId, view.awaiting);
    return view;
  }

  async timeline(identity: ClientIdentity, documentId: string): Promise<TimelineEntryView[]> {
    await this.findOwned(identity, documentId);
    return this.timelines.timelineOf(documentId);
  }

  /** The evidence of the document's signature at `index` (0-based, as in `signatures`). */
  async signatureEvidence(
    identity: ClientIdentity,
    documentId: string,
    index: number,
  ): Promise<SignatureEvidenceView> {
    const { state } = await this.findOwned(identity, documentId);
    const signature = state.signatures[index];
    const stored = signature && (await this.evidence.findOneBy({ id: signature.evidenceId, documentId }));
    if (!signature || !stored) {
      throw new FeatureError(
        DocumentsErrorCode.SIGNATURE_NOT_FOUND,
        'The document has no signature at this position.',
        { field: 'index' },
      );
    }
    const { cms, report, ...rest } = stored.payload as { cms?: unknown; report?: unknown };
    return {
      documentId,
      index,
      slot: signature.slot,
      signerId: signature.signerId,
      signerName: signature.signerName,
      channel: signature.channel,
      method: signature.method,
      revision: signature.revision,
      contentHash: signature.contentHash,
      signedAt: signature.signedAt,
      kind: stored.kind,
      verifiedAt: stored.verifiedAt.toISOString(),
      ...(typeof cms === 'string' ? { cms } : {}),
      ...(report && typeof report === 'object' ? { report: report as Record<string, unknown> } : {}),
      ...(Object.keys(rest).length > 0 ? { payload: rest } : {}),
    };
  }

  /** The exact text a signer signs for the current revision. */
  async content(identity: ClientIdentity, documentId: string): Promise<DocumentContentView> {
    const { state } = await this.findOwned(identity, documentId);
    const content = documentContent(state);
    return {
      revision: state.revision,
      contentHash: state.contentHash,
      content,
      contentBase64: Buffer.from(content, 'utf8').toString('base64'),
    };
  }
}

function viewOf(record: DocumentRecord): DocumentView {
  return toDocumentView(record.state, {
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  });
}
