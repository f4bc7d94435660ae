/** Nesting deeper than any request of this API has; class-transformer would overflow the stack on thousands. */
export const MAX_INPUT_DEPTH = 16;

/** NUL (PostgreSQL text cannot hold it) and a UTF-16 surrogate without its other half (not UTF-8). */
const LONE_SURROGATE = /\p{Cs}/u;

/** Keys that would reach an object's prototype when copied; no request has such a field. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface UnstorableInput {
  field: string;
  code: 'INVALID_CHARACTERS' | 'NESTED_TOO_DEEP' | 'UNKNOWN_FIELD';
  message: string;
}

/**
 * The first place in a request value (body, query or path parameter) that no handler could store or
 * walk safely (including keys that would reach a prototype): checked before validation, so such input is a 400 that names its field, never a 500
 * from the database or a workflow retrying a write that can never succeed.
 */
export function findUnstorableInput(value: unknown, path = '', depth = 0): UnstorableInput | undefined {
  if (typeof value === 'string') {
    return value.includes('\0') || LONE_SURROGATE.test(value)
      ? { field: path, code: 'INVALID_CHARACTERS', message: 'Contains NUL or half of a UTF-16 pair.' }
      : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_INPUT_DEPTH) {
    return { field: path, code: 'NESTED_TOO_DEEP', message: `Nested deeper than ${MAX_INPUT_DEPTH} levels.` };
  }
  for (const [key, item] of Object.entries(value)) {
    const field = path === '' ? key : `${path}.${key}`;
    if (PROTOTYPE_KEYS.has(key))
      return { field, code: 'UNKNOWN_FIELD', message: 'Not a field of any request.' };
    const found = findUnstorableInput(key, field, depth + 1) ?? findUnstorableInput(item, field, depth + 1);
    if (found) return found;
  }
  return undefined;
}
