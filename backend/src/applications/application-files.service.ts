import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AttachmentRef } from '@qoltanba/workflows/domain';
import { In, Repository } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { ApplicationFile } from './application-file.entity.js';
import { ApplicationsErrorCode as Code } from './applications-error-code.js';
import { sniffMediaType } from './media-type-sniffer.js';

/** Largest file a client may attach: scans and PDFs of contracts, not archives. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const MAX_FILE_NAME_LENGTH = 120;

/** The files of applications: clients' attachments and the bank's answers, kept in PostgreSQL. */
@Injectable()
export class ApplicationFilesService {
  constructor(@InjectRepository(ApplicationFile) private readonly files: Repository<ApplicationFile>) {}

  /** Stores an upload whose content is a PDF, PNG or JPEG; its name is kept only as a label. */
  async upload(
    identity: ClientIdentity,
    file: { originalname?: string; buffer?: Buffer; size?: number } | undefined,
  ): Promise<AttachmentRef> {
    if (!file?.buffer || file.buffer.length === 0) {
      throw new FeatureError(Code.FILE_MISSING, 'Attach a file in the form field "file".', { field: 'file' });
    }
    if (file.buffer.length > MAX_ATTACHMENT_BYTES) {
      throw new FeatureError(Code.FILE_TOO_LARGE, 'A file is at most 5 MiB.', { field: 'file' });
    }
    const mediaType = sniffMediaType(file.buffer);
    if (!mediaType) {
      throw new FeatureError(Code.FILE_TYPE_NOT_ACCEPTED, 'Attach a PDF, PNG or JPEG file.', {
        field: 'file',
      });
    }
    return this.store({
      organizationId: identity.organizationId,
      origin: 'CLIENT',
      uploadedBy: identity.userId,
      applicationId: null,
      fileName: safeFileName(file.originalname, mediaType),
      mediaType,
      content: file.buffer,
    });
  }

  /** The organization's own client uploads among `ids`; others' files are not found. */
  async clientUploads(organizationId: string, ids: readonly string[]): Promise<AttachmentRef[]> {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (uuids.length === 0) return [];
    const rows = await this.files.findBy({ id: In(uuids), organizationId, origin: 'CLIENT' });
    return rows.map(refOf);
  }

  /** The bank's answer to an application, stored once however often the report is delivered. */
  async storeBankAnswer(
    organizationId: string,
    applicationId: string,
    file: { fileName: string; mediaType: 'application/pdf'; content: Buffer },
  ): Promise<AttachmentRef> {
    const existing = await this.files.findOneBy({ applicationId, origin: 'BANK' });
    if (existing) return refOf(existing);
    return this.store({ organizationId, origin: 'BANK', uploadedBy: null, applicationId, ...file });
  }

  /** A file's bytes, if the organization holds it. */
  async read(
    organizationId: string,
    fileId: string,
  ): Promise<(AttachmentRef & { content: Buffer }) | undefined> {
    const row = await this.files
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.id = :fileId AND f.organization_id = :organizationId', { fileId, organizationId })
      .getOne();
    return row ? { ...refOf(row), content: row.content } : undefined;
  }

  private async store(
    row: Omit<ApplicationFile, 'id' | 'size' | 'sha256' | 'createdAt'>,
  ): Promise<AttachmentRef> {
    const saved = await this.files.save({
      ...row,
      id: randomUUID(),
      size: row.content.length,
      sha256: createHash('sha256').update(row.content).digest('hex'),
    });
    return refOf(saved);
  }
}

function refOf(row: ApplicationFile): AttachmentRef {
  return { id: row.id, fileName: row.fileName, mediaType: row.mediaType, size: row.size, sha256: row.sha256 };
}

/** A label safe to show and to send back in Content-Disposition: no paths, no control characters. */
function safeFileName(name: string | undefined, mediaType: AttachmentRef['mediaType']): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}"]/gu, '')
    .trim();
  const fallback = `attachment.${mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg'}`;
  return (base || fallback).slice(0, MAX_FILE_NAME_LENGTH);
}
