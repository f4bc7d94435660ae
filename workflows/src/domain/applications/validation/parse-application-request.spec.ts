import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, formatIsoDate, parseIsoDate } from '../../calendar/iso-date.js';
import { canonicalJson } from '../../canonical/canonical-json.js';
import { MAX_MONEY_MINOR } from '../../currency/money.js';
import type { ApplicationContent, ContentOf } from '../application-content.js';
import { FORM_APPLICATION_KINDS, type FormApplicationKind } from '../application-kind.js';
import { contentOf } from '../application.fixtures.js';
import { ApplicationErrorCode } from './application-error-code.js';
import { renderApplicationRequest } from './application-request.js';
import { parseApplicationRequest } from './parse-application-request.js';
import { CONTEXT, TODAY } from './validation.fixtures.js';

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ApplicationErrorCode));
const today = parseIsoDate(TODAY)!;

/** Text people type: letters of three alphabets, digits, punctuation, inner spaces and line breaks. */
const typedText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: fc.constantFrom(...'aZ0 Әә«»-.,№\nҚЖ'), minLength: 1, maxLength })
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
const dayAhead = (max: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max }).map((days) => formatIsoDate(addDays(today, days)));
const dayBefore = (max: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max }).map((days) => formatIsoDate(addDays(today, -days)));
const minor = fc.integer({ min: 1, max: MAX_MONEY_MINOR });

/** Valid contents of every kind: the fixtures with their free values drawn at random. */
const validContent: fc.Arbitrary<ApplicationContent> = fc
  .tuple(fc.constantFrom(...FORM_APPLICATION_KINDS), typedText(100), minor, dayAhead(30), dayBefore(400))
  .map(([kind, text, amount, ahead, before]): ApplicationContent => {
    const content = contentOf(kind, TODAY) as ApplicationContent;
    switch (content.kind) {
      case 'CASH_WITHDRAWAL':
        return { ...content, amount: { ...content.amount, minor: amount }, date: ahead, purpose: text };
      case 'CASH_LODGEMENT':
        return { ...content, amount: { ...content.amount, minor: amount }, date: ahead, source: text };
      case 'TENDER_GUARANTEE':
        return {
          ...content,
          tender: { ...content.tender, subject: text },
          amount: { ...content.amount, minor: amount },
        };
      case 'BANK_CERTIFICATE':
        return { ...content, asOf: before, addressee: text };
      case 'BANK_DETAILS_CHANGE':
        return { ...content, headName: text };
      case 'LETTER':
        return { ...content, body: text };
      case 'FX_TRANSFER':
        return {
          ...content,
          amount: { ...content.amount, minor: amount },
          valueDate: ahead,
          purpose: text,
          contract: { ...content.contract, date: before, registrationNumber: 'REG-1' },
        };
      case 'CANCELLATION':
        return content;
      default:
        return { ...content, amount: { ...content.amount, minor: amount }, valueDate: ahead, purpose: text };
    }
  });

function reparse(content: ApplicationContent) {
  const kind = content.kind as FormApplicationKind;
  return parseApplicationRequest(kind, renderApplicationRequest(content as ContentOf<typeof kind>), CONTEXT);
}

describe(parseApplicationRequest.name, () => {
  it.each(FORM_APPLICATION_KINDS)('gives back the content of a valid %s request', (kind) => {
    const content = contentOf(kind, TODAY);
    expect(parseApplicationRequest(kind, renderApplicationRequest(content), CONTEXT)).toEqual({
      ok: true,
      content,
    });
  });

  it('gives back exactly the valid content a request was rendered from, so what was shown is what is signed', () => {
    fc.assert(
      fc.property(validContent, (content) => {
        const parsed = reparse(content);
        expect(parsed).toEqual({ ok: true, content });
        if (parsed.ok)
          expect(canonicalJson(reparse(parsed.content))).toBe(canonicalJson({ ok: true, content }));
      }),
    );
  });

  it('ignores fields a kind does not have', () => {
    const content = contentOf('CASH_WITHDRAWAL', TODAY);
    const request = { ...renderApplicationRequest(content), kind: 'LETTER', signature: 'forged', minor: 1 };
    expect(parseApplicationRequest('CASH_WITHDRAWAL', request, CONTEXT)).toEqual({ ok: true, content });
  });

  it.each([null, undefined, 42, 'text', [], [1, 2], true])(
    'refuses %j as a request, naming the required fields',
    (request) => {
      const result = parseApplicationRequest('CASH_WITHDRAWAL', request, CONTEXT);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.violations.map((violation) => violation.field)).toEqual([
          'accountIban',
          'currency',
          'amount',
          'date',
          'branch',
          'purpose',
        ]);
        expect(new Set(result.violations.map((violation) => violation.code))).toEqual(
          new Set([ApplicationErrorCode.FieldRequired]),
        );
      }
    },
  );

  it('never throws on any JSON and names a known rule and a field for each violation, each field once', () => {
    const anyRequest = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom(
          'accountIban',
          'amount',
          'currency',
          'date',
          'rate',
          'beneficiary',
          'contract',
          'attachmentIds',
          'certificateKind',
          'fixedSide',
          'tender',
          'bank',
          'phone',
        ),
        fc.jsonValue(),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FORM_APPLICATION_KINDS), anyRequest, (kind, request) => {
        const result = parseApplicationRequest(kind, request, CONTEXT);
        if (result.ok) return;
        expect(result.violations.length).toBeGreaterThan(0);
        for (const violation of result.violations) {
          expect(KNOWN_CODES.has(violation.code)).toBe(true);
          expect(violation.field).toMatch(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/);
          expect(violation.message).not.toBe('');
        }
        const fields = result.violations.map((violation) => violation.field);
        expect(new Set(fields).size).toBe(fields.length);
      }),
    );
  });

  it('refuses a value of the wrong JSON type with a violation, not a crash', () => {
    const request = {
      ...renderApplicationRequest(contentOf('FX_TRANSFER', TODAY)),
      amount: 12500,
      beneficiary: ['x'],
      knp: 710,
    };
    const result = parseApplicationRequest('FX_TRANSFER', request, CONTEXT);
    expect(result).toMatchObject({
      ok: false,
      violations: [
        { field: 'amount', code: ApplicationErrorCode.FieldType },
        { field: 'beneficiary.name', code: ApplicationErrorCode.FieldRequired },
        { field: 'beneficiary.address', code: ApplicationErrorCode.FieldRequired },
        { field: 'beneficiary.country', code: ApplicationErrorCode.FieldRequired },
        { field: 'beneficiary.account', code: ApplicationErrorCode.FieldRequired },
        { field: 'knp', code: ApplicationErrorCode.FieldType },
      ],
    });
  });

  it('reads only own fields, so inherited names are never values', () => {
    const request = JSON.parse('{"__proto__": {"purpose": "hidden"}}') as unknown;
    const result = parseApplicationRequest('CASH_WITHDRAWAL', request, CONTEXT);
    expect(result.ok || result.violations.find((violation) => violation.field === 'purpose')?.code).toBe(
      ApplicationErrorCode.FieldRequired,
    );
  });

  it('throws when the context has no valid today, a fault of the caller', () => {
    expect(() => parseApplicationRequest('LETTER', {}, { ...CONTEXT, today: '04.12.2026' })).toThrow(
      RangeError,
    );
  });

  it('throws for a kind no form makes', () => {
    expect(() => parseApplicationRequest('CANCELLATION' as FormApplicationKind, {}, CONTEXT)).toThrow(
      RangeError,
    );
  });
});
