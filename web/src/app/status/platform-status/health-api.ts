import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, catchError, of, throwError } from 'rxjs';
import { ApiClient } from '../../core/http/api-client';
import { type HealthReport, isHealthReport } from './health-report';

@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly api = inject(ApiClient);

  /** The platform's health, whether every component is up (200) or not (503 with a report). */
  check(): Observable<HealthReport> {
    return this.api.get<HealthReport>('/health').pipe(catchError(reportOrRethrow));
  }
}

/**
 * A 503 carrying a report means "degraded": an answer to show, so it continues like a 200. Anything
 * else (network down, a 500, a proxy's own 503 page) stays an error.
 */
function reportOrRethrow(error: unknown): Observable<HealthReport> {
  if (error instanceof HttpErrorResponse && error.status === (HttpStatusCode.ServiceUnavailable as number)) {
    const body: unknown = error.error;
    if (isHealthReport(body)) return of(body);
  }
  return throwError(() => error);
}
