import type { ServerResponse } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { methodLabel, type RoutedRequest, routeLabel, statusClassLabel } from './http-metrics.js';

const routed = (fields: Partial<RoutedRequest>) => fields as RoutedRequest;

describe(routeLabel.name, () => {
  it("labels a request with its route's template, never the URL with its ids", () => {
    expect(
      routeLabel(
        routed({ originalUrl: '/api/documents/5b0c…', baseUrl: '', route: { path: '/api/documents/:id' } }),
      ),
    ).toBe('/api/documents/:id');
    expect(routeLabel(routed({ baseUrl: '/api/v2', route: { path: '/items/:id' } }))).toBe(
      '/api/v2/items/:id',
    );
  });

  it('gathers every API path no handler took under "unmatched", and the web app under "web"', () => {
    // Nest's not-found handler is a catch-all route of its own, mounted under the prefix.
    expect(
      routeLabel(routed({ originalUrl: '/api/wp-login.php', baseUrl: '/api', route: { path: '*path' } })),
    ).toBe('unmatched');
    expect(routeLabel(routed({ originalUrl: '/api/no/such/thing?x=1' }))).toBe('unmatched');
    expect(routeLabel(routed({ originalUrl: '/api' }))).toBe('unmatched');
    expect(routeLabel(routed({ originalUrl: '/main-ABCD1234.js' }))).toBe('web');
    expect(routeLabel(routed({ originalUrl: '/documents/5b0c', route: { path: '{*any}' } }))).toBe('web');
    expect(routeLabel(routed({ originalUrl: '/apis' }))).toBe('web');
  });
});

describe(methodLabel.name, () => {
  it('keeps the HTTP methods the API knows and folds any other into OTHER', () => {
    expect(methodLabel('GET')).toBe('GET');
    expect(methodLabel('DELETE')).toBe('DELETE');
    expect(methodLabel('PROPFIND')).toBe('OTHER');
    expect(methodLabel(undefined)).toBe('OTHER');
  });
});

describe(statusClassLabel.name, () => {
  it('labels an answered request by its status class, and one the client left before the answer as aborted', () => {
    const response = (statusCode: number, writableFinished: boolean) =>
      ({ statusCode, writableFinished }) as ServerResponse;
    expect(statusClassLabel(response(201, true))).toBe('2xx');
    expect(statusClassLabel(response(404, true))).toBe('4xx');
    expect(statusClassLabel(response(503, true))).toBe('5xx');
    expect(statusClassLabel(response(200, false))).toBe('aborted');
  });
});
