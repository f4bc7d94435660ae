import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';
import { Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry.js';

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** What Express has told about a request by the time it is answered. */
export interface RoutedRequest extends IncomingMessage {
  originalUrl?: string;
  baseUrl?: string;
  route?: { path?: unknown };
}

/**
 * The route's template (`/api/documents/:id`), never the URL: ids in a label would make a series per
 * document (and put identifiers in the metrics). Requests no handler took are `unmatched` under /api
 * (scanners' guesses stay one series) and `web` elsewhere (the web app's files and its index.html).
 * Nest's handlers are routes of full paths; its not-found handler and the web app's fallback are
 * catch-alls (`*path`, `{*any}`) that do not start with a slash.
 */
export function routeLabel(request: RoutedRequest): string {
  const template = request.route?.path;
  if (typeof template === 'string' && template.startsWith('/')) return `${request.baseUrl ?? ''}${template}`;
  const path = request.originalUrl ?? request.url ?? '';
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?') ? 'unmatched' : 'web';
}

export function methodLabel(method: string | undefined): string {
  return method && METHODS.has(method) ? method : 'OTHER';
}

/** `2xx`…`5xx`, or `aborted` when the client left before the answer was sent. */
export function statusClassLabel(response: ServerResponse): string {
  return response.writableFinished ? `${Math.floor(response.statusCode / 100)}xx` : 'aborted';
}

/** Request rate, latency and errors of the API: one histogram, by method, route template and status class. */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status_class'>;

  constructor(metrics: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'qoltanba_http_request_duration_seconds',
      help: 'Time from receiving an API request to sending its answer, by method, route template and status class',
      labelNames: ['method', 'route', 'status_class'],
      registers: [metrics.registry],
    });
  }

  /**
   * Express middleware, registered before the body parsers so that refused bodies count too.
   * Server-sent event streams are left out: their duration is how long a page stayed open.
   */
  readonly middleware = (request: RoutedRequest, response: ServerResponse, next: () => void): void => {
    const end = this.duration.startTimer();
    response.once('close', () => {
      if (String(response.getHeader('content-type') ?? '').startsWith('text/event-stream')) return;
      end({
        method: methodLabel(request.method),
        route: routeLabel(request),
        status_class: statusClassLabel(response),
      });
    });
    next();
  };
}
