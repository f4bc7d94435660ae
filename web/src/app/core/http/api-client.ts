import { HttpClient, provideHttpClient, withFetch } from '@angular/common/http';
import { type EnvironmentProviders, Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/**
 * The backend is served on the same origin under /api (the dev server proxies it, see proxy.conf.json),
 * so the session cookie travels without CORS and the API address never needs configuring.
 */
export const API_BASE_PATH = '/api';

/** HTTP for the app over the Fetch API rather than XHR, as Angular recommends (and server rendering needs). */
export function provideApiClient(): EnvironmentProviders {
  return provideHttpClient(withFetch());
}

/** Calls the Qoltanba backend; feature services build on it instead of hard-coding URLs. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  /** GET `/api{path}`, parsed as JSON. Non-2xx answers arrive as `HttpErrorResponse` errors. */
  get<T>(path: `/${string}`): Observable<T> {
    return this.http.get<T>(`${API_BASE_PATH}${path}`);
  }
}
