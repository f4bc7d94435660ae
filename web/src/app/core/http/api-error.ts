import { HttpErrorResponse } from '@angular/common/http';
import type { components } from './api-types.generated';

type ErrorDetails = NonNullable<components['schemas']['ErrorBody']['details']>;

/** One broken rule of a request, with the dotted path of the field it concerns. */
export type ApiViolation = NonNullable<ErrorDetails['violations']>[number];

/** The body of every error answer of the backend: `{ code, message, details }`. */
export interface ApiProblem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>> & { violations?: readonly ApiViolation[] };
}

/** The page could not reach the server at all (offline, server down). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
/** The server answered, but not with one of its own error bodies (a proxy page, a crash). */
export const UNEXPECTED_ERROR = 'UNEXPECTED_ERROR';

/** Any failure of an API call as a problem with a code the pages translate. */
export function apiProblemOf(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: UNEXPECTED_ERROR, message: String(error), details: {} };
  }
  if (error.status === 0) return { status: 0, code: NETWORK_ERROR, message: error.message, details: {} };
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string') {
    const { code, message, details } = body as { code: string; message?: unknown; details?: unknown };
    return {
      status: error.status,
      code,
      message: typeof message === 'string' ? message : '',
      details: typeof details === 'object' && details !== null ? (details as ApiProblem['details']) : {},
    };
  }
  return { status: error.status, code: UNEXPECTED_ERROR, message: error.message, details: {} };
}

/**
 * The message key for a failure that is nobody's input: no connection, the bank's service down
 * for a while (503: try again shortly), or anything else unexpected.
 */
export function commonErrorKey(problem: ApiProblem): string {
  if (problem.code === NETWORK_ERROR) return 'common.errors.network';
  if (problem.status === 503) return 'common.errors.unavailable';
  return 'common.errors.unexpected';
}
