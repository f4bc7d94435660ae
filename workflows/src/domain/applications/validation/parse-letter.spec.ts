import { describe, expect, it } from '@jest/globals';
import { ApplicationErrorCode as Code } from './application-error-code.js';
import { parseLetter } from './parse-letter.js';
import { CONTEXT, INVOICE, SCAN, outcomeOf } from './validation.fixtures.js';

const letter = (request: Record<string, unknown>) =>
  outcomeOf('LETTER', { subject: 'Statement question', body: 'Please explain entry 42.', ...request });

describe(parseLetter.name, () => {
  it('carries the references of the files it names, each once', () => {
    expect(letter({ attachmentIds: ['att-2', 'att-1', 'att-2'] })).toMatchObject({
      attachments: [SCAN, INVOICE],
    });
    expect(letter({})).toMatchObject({ attachments: [] });
  });

  it('carries only the reference fields of a file, which the signature covers', () => {
    const context = { ...CONTEXT, attachments: new Map([['att-1', { ...INVOICE, storageKey: 's3://x' }]]) };
    const result = outcomeOf('LETTER', { subject: 's', body: 'b', attachmentIds: ['att-1'] }, context);
    // toEqual, unlike toMatchObject, fails on the extra storageKey.
    expect(Array.isArray(result) ? result : result.kind === 'LETTER' && result.attachments).toEqual([
      INVOICE,
    ]);
  });

  it('refuses a file that is not among the organization’s uploads', () => {
    expect(letter({ attachmentIds: ['att-1', 'someone-elses'] })).toEqual([
      `attachmentIds: ${Code.AttachmentUnknown}`,
    ]);
  });

  it('refuses more than 5 files', () => {
    expect(letter({ attachmentIds: ['1', '2', '3', '4', '5', '6'] })).toEqual([
      `attachmentIds: ${Code.TooManyAttachments}`,
    ]);
  });

  it('refuses ids that are not a list of text', () => {
    expect(letter({ attachmentIds: 'att-1' })).toEqual([`attachmentIds: ${Code.FieldType}`]);
    expect(letter({ attachmentIds: [1] })).toEqual([`attachmentIds: ${Code.FieldType}`]);
  });

  it('refuses a subject over 200 characters and a body over 5000', () => {
    expect(letter({ subject: 's'.repeat(201), body: 'b'.repeat(5001) })).toEqual([
      `subject: ${Code.TextTooLong}`,
      `body: ${Code.TextTooLong}`,
    ]);
    expect(letter({ body: 'b\n'.repeat(2500).trim() })).toMatchObject({ kind: 'LETTER' });
  });
});
