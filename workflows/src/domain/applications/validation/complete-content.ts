import type { RequestReader } from './request-reader.js';

/**
 * The content a kind's parser built, once no rule is broken: every required value is then defined,
 * so the draft has the content's shape. Optional values left undefined are dropped, so the content
 * says only what the client filled in.
 */
export function completeContent<T>(reader: RequestReader, draft: object): T | undefined {
  return reader.ok ? (withoutUndefined(draft) as T) : undefined;
}

function withoutUndefined(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}
