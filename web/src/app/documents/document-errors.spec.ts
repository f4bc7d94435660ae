import { describe, expect, it } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { DocumentRejectionCode } from '@qoltanba/workflows/domain';
import { en } from '../core/i18n/translations/en';
import { kk } from '../core/i18n/translations/kk';
import { ru } from '../core/i18n/translations/ru';
import { DOCUMENT_API_CODES, documentErrorKey } from './document-errors';

function refusal(code: string, status = 409): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { code, message: code } });
}

function textOf(dictionary: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], dictionary);
}

describe(documentErrorKey.name, () => {
  const codes = [...Object.values(DocumentRejectionCode), ...DOCUMENT_API_CODES];

  it.each(codes)('explains %s in words in kk, ru and en, never as "something went wrong"', (code) => {
    const key = documentErrorKey(refusal(code));

    expect(key).toBe(`documentErrors.${code}`);
    for (const dictionary of [kk, ru, en]) expect(typeof textOf(dictionary, key)).toBe('string');
  });

  it('tells a user who may not prepare documents why, rather than "something went wrong"', () => {
    expect(textOf(en, documentErrorKey(refusal('DOCUMENT_MAY_NOT_PREPARE', 403)))).toMatch(
      /may not prepare documents/,
    );
  });
});
