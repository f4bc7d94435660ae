import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { applicationContent } from '@qoltanba/workflows/domain';
import { Repository } from 'typeorm';
import { AuditService, auditActor } from '../audit/audit.service.js';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import type { DocumentContentView, TimelineEntryView } from '../documents/dto/document.view.js';
import { nameAwaitedPeople } from '../organizations/awaited-people.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { ProcessTimelineService } from '../processes/process-timeline.service.js';
import { ApplicationFilesService } from './application-files.service.js';
import { ApplicationRecord } from './application-record.entity.js';
import { applicationNotFound } from './application-workflow.client.js';
import { ApplicationsErrorCode } from './applications-error-code.js';
import { toApplicationView } from './application-view.mapper.js';
import type { ApplicationView } from './dto/application.view.js';

/**
 * Reads applications from the read model, always within the caller's organization: another
 * organization's application is answered exactly like a missing one, and the attempt audited.
 */
@Injectable()
export class ApplicationsQueryService {
  constructor(
    @InjectRepository(ApplicationRecord) private readonly records: Repository<ApplicationRecord>,
    private readonly users: ClientUsersService,
    private readonly audit: AuditService,
    private readonly timelines: ProcessTimelineService,
    private readonly files: ApplicationFilesService,
  ) {}

  async findOwned(identity: ClientIdentity, applicationId: string): Promise<ApplicationRecord> {
    const record = await this.records.findOneBy({
      id: applicationId,
      organizationId: identity.organizationId,
    });
    if (!record) {
      if (await this.records.existsBy({ id: applicationId })) {
        await this.audit.recordQuietly({
          actor: auditActor(identity),
          action: 'APPLICATION_ACCESS',
          outcome: ApplicationsErrorCode.NOT_FOUND,
          subject: { kind: 'APPLICATION', id: applicationId },
          details: { reason: 'OTHER_ORGANIZATION', channel: identity.channel },
        });
      }
      throw applicationNotFound();
    }
    return record;
  }

  /** One application, with the people it awaits named. */
  async get(identity: ClientIdentity, applicationId: string): Promise<ApplicationView> {
    const record = await this.findOwned(identity, applicationId);
    const view = toApplicationView(record.state, {
      createdAt: record.createdAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
    });
    view.awaiting = await nameAwaitedPeople(this.users, identity.organizationId, view.awaiting);
    return view;
  }

  async timeline(identity: ClientIdentity, applicationId: string): Promise<TimelineEntryView[]> {
    await this.findOwned(identity, applicationId);
    return this.timelines.timelineOf(applicationId);
  }

  /** The exact text a signer signs for the current revision. */
  async content(identity: ClientIdentity, applicationId: string): Promise<DocumentContentView> {
    const { id, state } = await this.findOwned(identity, applicationId);
    const content = applicationContent({ ...state, applicationId: id });
    return {
      revision: state.revision,
      contentHash: state.contentHash,
      content,
      contentBase64: Buffer.from(content, 'utf8').toString('base64'),
    };
  }

  /** A file the application names: one of a letter's attachments or the bank's answer. */
  async file(identity: ClientIdentity, applicationId: string, fileId: string) {
    const { state } = await this.findOwned(identity, applicationId);
    const named = [
      ...(state.content.kind === 'LETTER' ? state.content.attachments : []),
      ...(state.bank.result?.file ? [state.bank.result.file] : []),
    ].some((ref) => ref.id === fileId);
    const file = named ? await this.files.read(identity.organizationId, fileId) : undefined;
    if (!file) {
      throw new FeatureError(ApplicationsErrorCode.FILE_NOT_FOUND, 'The application has no such file.', {
        field: 'fileId',
      });
    }
    return file;
  }
}
