import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The statuses an error answer can have; every operation documents them with the one error body
 * (410: something handed over once and gone — an answered OTP challenge, an opened envelope). The
 * upload's 413 and 415 are its own route's.
 */
export const ERROR_STATUSES = ['400', '401', '403', '404', '409', '410', '422', '429', '503'] as const;

/** The session cookie and the CSRF header, as OpenAPI security schemes. */
export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';

/** The error body, for a route that documents a status of its own (an upload's 413). */
export const ERROR_BODY_REF = { $ref: '#/components/schemas/ErrorBody' };
/** The shared responses every operation refers to, instead of repeating them. */
const REFUSED = 'Refused';
const THROTTLED = 'Throttled';
const UNAVAILABLE = 'Unavailable';
const UNEXPECTED = 'Unexpected';
/** 429 and 503 say when to try again; every other error status is a plain refusal. */
const SHARED_BY_STATUS: Partial<Record<(typeof ERROR_STATUSES)[number], string>> = {
  '429': THROTTLED,
  '503': UNAVAILABLE,
};
const METHODS_THAT_CHANGE = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Completes the generated document with what a client generator or a conformance fuzzer needs to
 * know about refusals: the error body `{ code, message, details }` under every error status (and as
 * the default, for an unexpected 500), the session cookie and the CSRF header as security schemes,
 * and the CSRF header required wherever a session changes something. Handlers declare their access
 * with the access decorators, which mark the session requirement; this adds the rest.
 */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, ErrorBody: ERROR_BODY_SCHEMA };
  components.responses = {
    ...components.responses,
    [REFUSED]: {
      description: 'Refused: the code says why, the field (when there is one) what to fix',
      content: { 'application/json': { schema: ERROR_BODY_REF } },
    },
    [THROTTLED]: {
      description: 'Too many attempts: the code says which limit, Retry-After (when known) when it lifts',
      headers: { 'Retry-After': { ...RETRY_AFTER, required: false } },
      content: { 'application/json': { schema: ERROR_BODY_REF } },
    },
    [UNAVAILABLE]: {
      description:
        'Briefly unavailable (the database or the process engine out of reach or restarting): try again after Retry-After',
      headers: { 'Retry-After': { ...RETRY_AFTER, required: true } },
      content: { 'application/json': { schema: ERROR_BODY_REF } },
    },
    [UNEXPECTED]: {
      description: 'Unexpected failure: a request id to quote, nothing about internals',
      content: { 'application/json': { schema: ERROR_BODY_REF } },
    },
  };
  components.securitySchemes = {
    ...components.securitySchemes,
    [SESSION_SCHEME]: {
      type: 'apiKey',
      in: 'cookie',
      name: 'qoltanba_session',
      description: 'Set by a log-in; HttpOnly, SameSite=Strict.',
    },
    [CSRF_SCHEME]: {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description: "The session's CSRF token (the log-in answer's csrfToken, or the qoltanba_csrf cookie).",
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationLike][]) {
      if (typeof operation !== 'object' || !operation || !('responses' in operation)) continue;
      for (const status of ERROR_STATUSES)
        documentError(operation, status, SHARED_BY_STATUS[status] ?? REFUSED);
      documentError(operation, 'default', UNEXPECTED);
      if (METHODS_THAT_CHANGE.has(method)) {
        operation.security = operation.security?.map((requirement) =>
          SESSION_SCHEME in requirement ? { ...requirement, [CSRF_SCHEME]: [] } : requirement,
        );
      }
    }
  }
  return document;
}

/**
 * An undocumented status answers the shared error response; one the handler documented keeps its
 * words and schema, and gets the error body when it named none.
 */
function documentError(operation: OperationLike, status: string, shared: string): void {
  const response = operation.responses[status];
  if (!response) operation.responses[status] = { $ref: `#/components/responses/${shared}` };
  else if (!('$ref' in response)) response.content ??= { 'application/json': { schema: ERROR_BODY_REF } };
}

interface OperationLike {
  responses: Record<string, { description: string; content?: Record<string, unknown> } | { $ref: string }>;
  security?: Record<string, string[]>[];
}

const RETRY_AFTER = {
  description: 'Seconds to wait before trying again',
  schema: { type: 'integer', minimum: 1 },
};

const ERROR_BODY_SCHEMA = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'Stable, per feature (DOCUMENT_WRONG_STATUS, OTP_CODE_INVALID…)' },
    message: { type: 'string' },
    details: {
      type: 'object',
      additionalProperties: true,
      properties: {
        field: { type: 'string', description: 'The field concerned (dotted path into the body or query)' },
        violations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'code', 'message'],
            properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
};
