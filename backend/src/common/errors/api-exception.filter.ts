import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { AppLogger } from '../../logging/app-logger.js';
import { isEngineUnavailable } from '../../temporal/engine-unavailable.js';
import { ApiError, errorBody, type ErrorBody } from './api-error.js';
import { CommonErrorCode } from './common-error-code.js';
import { ErrorStatusRegistry } from './error-status-registry.js';
import { FeatureError } from './feature-error.js';

const RETRY_SOON = 'The service is briefly unavailable. Please try again in a moment.';
const QUOTE_REQUEST_ID =
  'Something went wrong on our side. Please try again; if it persists, quote the request id.';
/**
 * When to try again after a 503 that names no time of its own: PostgreSQL or Temporal restarting
 * takes seconds, and the web app waits this long before its next try (its retry.interceptor.ts).
 */
export const RETRY_AFTER_SECONDS = 3;

const CODE_BY_STATUS: Record<number, CommonErrorCode> = {
  [HttpStatus.BAD_REQUEST]: CommonErrorCode.MALFORMED_REQUEST,
  [HttpStatus.UNAUTHORIZED]: CommonErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: CommonErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NOT_FOUND,
  [HttpStatus.METHOD_NOT_ALLOWED]: CommonErrorCode.METHOD_NOT_ALLOWED,
  [HttpStatus.CONFLICT]: CommonErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: CommonErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  [HttpStatus.TOO_MANY_REQUESTS]: CommonErrorCode.TOO_MANY_REQUESTS,
  [HttpStatus.SERVICE_UNAVAILABLE]: CommonErrorCode.SERVICE_UNAVAILABLE,
};

/** body-parser's errors say what went wrong in `type`; Nest wraps them as the `cause` of an HttpException. */
interface BodyParserError {
  type?: string;
}

/** An error answer: its status, its body and, for a 503 or a throttled 429, when to try again. */
export interface ErrorAnswer {
  status: number;
  body: ErrorBody;
  headers?: { 'Retry-After': string };
}

/**
 * Turns every error into `{ code, message, details }` with the right status. Feature errors keep
 * their code and take its status from the features' tables; PostgreSQL or Temporal out of reach is
 * a 503 to retry; anything unexpected (a code no table has included) becomes a 500 whose body says
 * nothing about internals and whose log line carries the stack and the request id that the answer
 * repeats. Every 503, and a 429 that knows when, says in `Retry-After` when to try again.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: AppLogger,
    private readonly statuses: ErrorStatusRegistry,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const { status, body, headers } = this.toAnswer(exception, request);
    if (response.headersSent) return;
    if (headers) response.set(headers);
    response.status(status).json(body);
  }

  toAnswer(exception: unknown, request: Request & { id?: string }): ErrorAnswer {
    return withRetryAfter(this.answer(exception, request));
  }

  private answer(exception: unknown, request: Request & { id?: string }): ErrorAnswer {
    if (exception instanceof FeatureError) {
      const status =
        exception instanceof ApiError ? exception.status : this.statuses.statusOf(exception.code);
      // A code no status table has is a programming error: answered as an unexpected one, never guessed.
      if (status !== undefined) return { status, body: errorBody(exception) };
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    // PostgreSQL out of reach wrote nothing (the statement never reached the server, or its
    // transaction rolled back): a 503 to retry. So is Temporal out of reach or too slow to answer,
    // on any route, whether or not its feature named it. Anything else is a 500 with a request id.
    const unavailable = isDatabaseUnavailable(exception)
      ? 'database'
      : isEngineUnavailable(exception)
        ? 'process engine'
        : undefined;
    const where = { err: exception, requestId: request.id, path: request.url };
    if (unavailable) this.logger.warn(where, `${unavailable} unavailable`);
    else this.logger.error(where, 'unexpected error');
    const [status, code, message] = unavailable
      ? [HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.SERVICE_UNAVAILABLE, RETRY_SOON]
      : [HttpStatus.INTERNAL_SERVER_ERROR, CommonErrorCode.INTERNAL_ERROR, QUOTE_REQUEST_ID];
    return withRequestId(request, status, code, message);
  }

  private fromHttpException(exception: HttpException): ErrorAnswer {
    const status = exception.getStatus();
    const parserError = (exception.cause as BodyParserError | undefined)?.type;
    if (parserError) return { status, body: this.fromBodyParserError(status, parserError) };
    const response = exception.getResponse();
    const message =
      typeof response === 'object' &&
      response &&
      'message' in response &&
      typeof response.message === 'string'
        ? response.message
        : exception.message;
    const code =
      CODE_BY_STATUS[status] ??
      (status >= 500 ? CommonErrorCode.INTERNAL_ERROR : CommonErrorCode.MALFORMED_REQUEST);
    return { status, body: { code, message } };
  }

  private fromBodyParserError(status: number, type: string): ErrorBody {
    if (type === 'entity.parse.failed') {
      return { code: CommonErrorCode.MALFORMED_REQUEST, message: 'The request body is not valid JSON.' };
    }
    if (type === 'entity.too.large') {
      return { code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large.' };
    }
    return {
      code: CODE_BY_STATUS[status] ?? CommonErrorCode.MALFORMED_REQUEST,
      message: 'The request was refused.',
    };
  }
}

/** An answer about our side, not the request: it carries the request id its log line has too. */
function withRequestId(
  request: Request & { id?: string },
  status: number,
  code: CommonErrorCode,
  message: string,
): ErrorAnswer {
  return { status, body: { code, message, details: { requestId: request.id } } };
}

/** The statuses that say when to try again, and when, unless the error knows better. */
const RETRY_AFTER_BY_STATUS = new Map<number, number | undefined>([
  [HttpStatus.SERVICE_UNAVAILABLE, RETRY_AFTER_SECONDS],
  [HttpStatus.TOO_MANY_REQUESTS, undefined],
]);

/**
 * `Retry-After` (in seconds) on every 503, from the error's `details.retryAfterSeconds` or else
 * RETRY_AFTER_SECONDS, and on a 429 whose error knows it (the log-in throttle's lockout).
 */
function withRetryAfter(answer: ErrorAnswer): ErrorAnswer {
  if (!RETRY_AFTER_BY_STATUS.has(answer.status)) return answer;
  const given = answer.body.details?.retryAfterSeconds;
  const seconds =
    typeof given === 'number' && Number.isFinite(given) && given > 0
      ? Math.ceil(given)
      : RETRY_AFTER_BY_STATUS.get(answer.status);
  return seconds === undefined ? answer : { ...answer, headers: { 'Retry-After': String(seconds) } };
}
