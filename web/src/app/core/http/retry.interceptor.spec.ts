import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Observable } from 'rxjs';
import { ApiClient, provideApiClient } from './api-client';
import { apiProblemOf, commonErrorKey } from './api-error';
import { MAX_RETRIES, retryInterceptor } from './retry.interceptor';

/** What the caller of an API call has seen so far: its answer, its error, or nothing yet. */
interface Seen {
  value?: unknown;
  error?: unknown;
}

function watch(call: Observable<unknown>): Seen {
  const seen: Seen = {};
  call.subscribe({ next: (value) => (seen.value = value), error: (error: unknown) => (seen.error = error) });
  return seen;
}

const unavailable = (request: TestRequest, retryAfter?: string) =>
  request.flush(
    { code: 'SERVICE_UNAVAILABLE', message: 'Try again in a moment.', details: {} },
    {
      status: 503,
      statusText: 'Service Unavailable',
      ...(retryAfter === undefined ? {} : { headers: { 'Retry-After': retryAfter } }),
    },
  );

describe(retryInterceptor.name, () => {
  let http: HttpTestingController;
  let api: ApiClient;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    TestBed.configureTestingModule({ providers: [provideApiClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ApiClient);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('asks again after the Retry-After of a 503, and the page sees only the answer', () => {
    const seen = watch(api.get('/accounts'));

    unavailable(http.expectOne('/api/accounts'), '2');
    jest.advanceTimersByTime(1_999);
    http.expectNone('/api/accounts');
    expect(seen).toEqual({});
    jest.advanceTimersByTime(1);
    http.expectOne('/api/accounts').flush([{ iban: 'KZ1' }]);

    expect(seen).toEqual({ value: [{ iban: 'KZ1' }] });
  });

  it('asks again after a network failure, a 502 and a 504, each wait about twice the last, with jitter', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    const seen = watch(api.get('/accounts'));

    http.expectOne('/api/accounts').error(new ProgressEvent('error'));
    jest.advanceTimersByTime(749); // 1 s doubled from nothing: half of it, plus half of the rest at random
    http.expectNone('/api/accounts');
    jest.advanceTimersByTime(1);
    http
      .expectOne('/api/accounts')
      .flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    jest.advanceTimersByTime(1_499);
    http.expectNone('/api/accounts');
    jest.advanceTimersByTime(1);
    http.expectOne('/api/accounts').flush('', { status: 504, statusText: 'Gateway Timeout' });
    jest.advanceTimersByTime(3_000);
    http.expectOne('/api/accounts').flush([]);

    expect(seen).toEqual({ value: [] });
  });

  it('gives up after three more tries, and the page shows the translated "unavailable" message', () => {
    const seen = watch(api.get('/accounts'));

    for (let retry = 0; retry < MAX_RETRIES; retry++) {
      unavailable(http.expectOne('/api/accounts'), '1');
      jest.advanceTimersByTime(1_000);
    }
    unavailable(http.expectOne('/api/accounts'), '1');
    jest.advanceTimersByTime(60_000);
    http.expectNone('/api/accounts');

    expect(seen.error).toBeInstanceOf(HttpErrorResponse);
    expect(commonErrorKey(apiProblemOf(seen.error))).toBe('common.errors.unavailable');
  });

  it('does not wait past its budget: a Retry-After later than 15 s from the first try is the page’s to tell', () => {
    const seen = watch(api.get('/accounts'));

    unavailable(http.expectOne('/api/accounts'), '10');
    jest.advanceTimersByTime(10_000);
    unavailable(http.expectOne('/api/accounts'), '10');
    jest.advanceTimersByTime(60_000);

    http.expectNone('/api/accounts');
    expect((seen.error as HttpErrorResponse).status).toBe(503);
  });

  it('asks again for a change that carries an Idempotency-Key, with the same key', () => {
    const seen = watch(api.post('/documents', { amount: '1.00' }, { headers: { 'Idempotency-Key': 'k-1' } }));

    unavailable(http.expectOne('/api/documents'), '3');
    jest.advanceTimersByTime(3_000);
    const again = http.expectOne('/api/documents');
    expect(again.request.headers.get('Idempotency-Key')).toBe('k-1');
    expect(again.request.body).toEqual({ amount: '1.00' });
    again.flush({ id: 'd-1' }, { status: 201, statusText: 'Created' });

    expect(seen).toEqual({ value: { id: 'd-1' } });
  });

  it('never repeats a change without an Idempotency-Key: its error reaches the page at once', () => {
    const calls: [string, Observable<unknown>][] = [
      ['POST', api.post('/documents/d-1/signatures', {})],
      ['PUT', api.put('/settings', {})],
      ['PATCH', api.patch('/settings', {})],
      ['DELETE', api.delete('/templates/t-1')],
    ];
    for (const [method, call] of calls) {
      const seen = watch(call);
      const request = http.expectOne((candidate) => candidate.method === method);
      if (method === 'POST') request.error(new ProgressEvent('error'));
      else unavailable(request, '1');
      jest.advanceTimersByTime(60_000);

      http.expectNone(() => true);
      expect(seen.error).toBeInstanceOf(HttpErrorResponse);
    }
  });

  it('leaves alone a 503 that names no time, a refusal, a fault, a throttled 429 and the health report', () => {
    const refusals: [number, string?][] = [[503], [409], [500], [429, '5']];
    for (const [status, retryAfter] of refusals) {
      const seen = watch(api.get('/accounts'));
      http.expectOne('/api/accounts').flush(
        { code: 'X', message: 'x' },
        {
          status,
          statusText: String(status),
          ...(retryAfter ? { headers: { 'Retry-After': retryAfter } } : {}),
        },
      );
      jest.advanceTimersByTime(60_000);

      http.expectNone('/api/accounts');
      expect((seen.error as HttpErrorResponse).status).toBe(status);
    }
    const health = watch(api.get('/health'));
    unavailable(http.expectOne('/api/health'), '2');
    jest.advanceTimersByTime(60_000);
    http.expectNone('/api/health');
    expect((health.error as HttpErrorResponse).status).toBe(503);
  });
});
