import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { retry, throwError, timer } from 'rxjs';

/** At most this many tries after the first one… */
export const MAX_RETRIES = 3;
/** …and none that would start later than this after the first: past it the user is told. */
export const RETRY_BUDGET_MS = 15_000;
/** The first wait when the answer says none (a network failure, a proxy's 502 or 504); doubled each time. */
export const FIRST_BACKOFF_MS = 1_000;

/** Reads: repeating them changes nothing. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The status panel shows the platform as it is now: a 503 there is its report, not an outage. */
const NOT_RETRIED = new Set(['/api/health']);

/**
 * Rides out a moment's outage (PostgreSQL or Temporal restarting, an API replica replaced behind the
 * proxy) without the user seeing it: the request is tried again, and the page keeps waiting, when
 * the server said "503, try again after Retry-After", or when no answer came at all or came from
 * the proxy (network failure, 502, 504: exponential backoff with jitter). After MAX_RETRIES, or
 * past RETRY_BUDGET_MS, the caller gets the last error and shows its usual translated message.
 *
 * Only what is safe to do twice is repeated: reads, and changes that carry an Idempotency-Key (the
 * server makes a repeat with the same key find what the first try did — document and application
 * creation). Any other change is never repeated: when its answer is lost, or the server is out of
 * reach half-way, whether it was done is unknown, and the API cannot vouch at its edge that earlier
 * steps of the request wrote nothing; a second signature or submission must be the user's choice.
 *
 * A 503 without Retry-After is not retried: every outage answer of the API and of its proxy names
 * one, so a 503 without it is something else (the health report, a page of a server not ours).
 */
export const retryInterceptor: HttpInterceptorFn = (request, next) => {
  if (!safeToRepeat(request)) return next(request);
  const firstTry = Date.now();
  return next(request).pipe(
    retry({
      count: MAX_RETRIES,
      delay: (error: unknown, retries: number) => {
        const wait = waitBeforeRetry(error, retries);
        return wait === undefined || Date.now() - firstTry + wait > RETRY_BUDGET_MS
          ? throwError(() => error)
          : timer(wait);
      },
    }),
  );
};

function safeToRepeat(request: HttpRequest<unknown>): boolean {
  if (NOT_RETRIED.has(request.url.split('?')[0]!)) return false;
  return SAFE_METHODS.has(request.method) || request.headers.has('Idempotency-Key');
}

/** How long to wait before try number `retries + 1`, or undefined when the error is not to retry. */
function waitBeforeRetry(error: unknown, retries: number): number | undefined {
  if (!(error instanceof HttpErrorResponse)) return undefined;
  const told = retryAfterMs(error);
  if (error.status === 503) return told;
  if (error.status !== 0 && error.status !== 502 && error.status !== 504) return undefined;
  if (told !== undefined) return told;
  // "Equal jitter": half the doubled wait, plus up to as much again at random, so that pages which
  // lost the server together do not all come back in the same instant.
  const backoff = FIRST_BACKOFF_MS * 2 ** (retries - 1);
  return Math.round(backoff / 2 + Math.random() * (backoff / 2));
}

/** Retry-After as milliseconds from now: delay-seconds, or an HTTP date. */
function retryAfterMs(error: HttpErrorResponse): number | undefined {
  const value = error.headers?.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
