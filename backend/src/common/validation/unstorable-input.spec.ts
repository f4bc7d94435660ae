import { describe, expect, it } from '@jest/globals';
import { MAX_INPUT_DEPTH, findUnstorableInput } from './unstorable-input.js';

describe(findUnstorableInput.name, () => {
  it('names the field holding a NUL or half a UTF-16 pair, in a key or a value', () => {
    expect(findUnstorableInput({ purpose: 'a\u0000b' })).toMatchObject({
      field: 'purpose',
      code: 'INVALID_CHARACTERS',
    });
    expect(findUnstorableInput({ beneficiary: { name: 'a\ud800b' } })).toMatchObject({
      field: 'beneficiary.name',
    });
    expect(findUnstorableInput({ items: ['ok', 'x\udc00'] })).toMatchObject({ field: 'items.1' });
    expect(findUnstorableInput({ 'k\u0000': 1 })).toMatchObject({ field: 'k\u0000' });
    expect(findUnstorableInput('a\u0000', 'iban')).toMatchObject({ field: 'iban' });
  });

  it('refuses keys that would reach a prototype, which class-transformer drops without a word', () => {
    expect(
      findUnstorableInput(JSON.parse('{"status": "ACTIVE", "__proto__": {"admin": true}}')),
    ).toMatchObject({
      field: '__proto__',
      code: 'UNKNOWN_FIELD',
    });
    expect(findUnstorableInput({ a: { constructor: 1 } })).toMatchObject({ field: 'a.constructor' });
  });

  it('lets every typed character through, emoji and line breaks included', () => {
    expect(findUnstorableInput({ purpose: 'Төлем 😀\r\n№ 7', n: 1, on: true, none: null })).toBeUndefined();
  });

  it('refuses nesting deeper than the API ever takes, however the body is built', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 2_000; level++) deep = [deep];
    expect(findUnstorableInput({ note: deep })).toMatchObject({ code: 'NESTED_TOO_DEEP' });
    let fine: unknown = 'leaf';
    for (let level = 0; level < MAX_INPUT_DEPTH - 1; level++) fine = { a: fine };
    expect(findUnstorableInput(fine)).toBeUndefined();
  });
});
