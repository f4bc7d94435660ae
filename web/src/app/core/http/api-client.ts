import {
  HttpClient,
  type HttpHeaders,
  type HttpParams,
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { type EnvironmentProviders, Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { sessionInterceptor } from '../auth/session.interceptor';
import { retryInterceptor } from './retry.interceptor';

/**
 * The backend is served on the same origin under /api (the dev server proxies it, see proxy.conf.json),
 * so the session cookie travels without CORS and the API address never needs configuring.
 */
export const API_BASE_PATH = '/api';

/** The backend's CSRF cookie and header: every state-changing request echoes the cookie's token. */
export const CSRF_COOKIE = 'qoltanba_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * HTTP for the app over the Fetch API rather than XHR, as Angular recommends; Angular's XSRF support
 * copies the readable CSRF cookie into the header of every POST/PUT/DELETE to our own origin. A
 * moment's outage is retried inside the session's watch, so that it sees only the final answer.
 */
export function provideApiClient(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
    withInterceptors([sessionInterceptor, retryInterceptor]),
  );
}

type Path = `/${string}`;
interface Options {
  params?: HttpParams | Record<string, string | number | boolean>;
  headers?: HttpHeaders | Record<string, string>;
}

/** Calls the Qoltanba backend; feature services build on it instead of hard-coding URLs. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  /** GET `/api{path}`, parsed as JSON. Non-2xx answers arrive as `HttpErrorResponse` errors. */
  get<T>(path: Path, options: Options = {}): Observable<T> {
    return this.http.get<T>(`${API_BASE_PATH}${path}`, options);
  }

  post<T>(path: Path, body: unknown = {}, options: Options = {}): Observable<T> {
    return this.http.post<T>(`${API_BASE_PATH}${path}`, body, options);
  }

  put<T>(path: Path, body: unknown, options: Options = {}): Observable<T> {
    return this.http.put<T>(`${API_BASE_PATH}${path}`, body, options);
  }

  patch<T>(path: Path, body: unknown, options: Options = {}): Observable<T> {
    return this.http.patch<T>(`${API_BASE_PATH}${path}`, body, options);
  }

  delete<T = void>(path: Path, options: Options = {}): Observable<T> {
    return this.http.delete<T>(`${API_BASE_PATH}${path}`, options);
  }

  /** POST answered with a file (a PDF), as a Blob. */
  postForBlob(path: Path, body: unknown = {}): Observable<Blob> {
    return this.http.post(`${API_BASE_PATH}${path}`, body, { responseType: 'blob' });
  }
}
