import type { AttachmentRef, Letter } from '../application-content.js';
import { APPLICATION_TEXT_LIMITS, MAX_LETTER_ATTACHMENTS } from './application-limits.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { completeContent } from './complete-content.js';
import type { RequestReader } from './request-reader.js';

/**
 * A free-form letter to the bank with up to 5 of the organization's uploads, named by id and
 * carried in the content as their references (with SHA-256), so the signature covers the files.
 * An id named twice is attached once.
 */
export function parseLetter(reader: RequestReader): Letter | undefined {
  const subject = reader.text('subject', APPLICATION_TEXT_LIMITS.letterSubject);
  const body = reader.text('body', APPLICATION_TEXT_LIMITS.letterBody);
  const attachments = readAttachments(reader);
  return completeContent(reader, { kind: 'LETTER', subject, body, attachments });
}

function readAttachments(reader: RequestReader): AttachmentRef[] | undefined {
  const value = reader.raw('attachmentIds');
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    reader.report('attachmentIds', ApplicationErrorCode.FieldType, 'A list of attachment ids.');
    return undefined;
  }
  const ids = [...new Set((value as string[]).map((id) => id.trim()))];
  if (ids.length > MAX_LETTER_ATTACHMENTS) {
    reader.report(
      'attachmentIds',
      ApplicationErrorCode.TooManyAttachments,
      `At most ${MAX_LETTER_ATTACHMENTS} files.`,
    );
    return undefined;
  }
  const refs = ids.map((id) => reader.context.attachments.get(id));
  if (refs.some((ref) => ref === undefined)) {
    reader.report(
      'attachmentIds',
      ApplicationErrorCode.AttachmentUnknown,
      'A file is not among the organization’s uploads.',
    );
    return undefined;
  }
  // Only the reference's own fields: they are what the signature covers.
  return (refs as AttachmentRef[]).map(({ id, fileName, mediaType, size, sha256 }) => ({
    id,
    fileName,
    mediaType,
    size,
    sha256,
  }));
}
