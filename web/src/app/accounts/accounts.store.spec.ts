import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideApiClient } from '../core/http/api-client';
import type { AccountView } from './account';
import { AccountsStore } from './accounts.store';

const ACCOUNT: AccountView = {
  id: 'a1',
  iban: 'KZ86998KZT5004100100',
  currency: 'KZT',
  title: 'Current account',
};

describe(AccountsStore.name, () => {
  let store: AccountsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideApiClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AccountsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks the bank again on every refresh, since balances move', () => {
    store.refresh();
    http.expectOne('/api/accounts').flush([ACCOUNT]);
    store.refresh();
    http.expectOne('/api/accounts').flush([ACCOUNT]);
    expect(store.accounts()).toEqual([ACCOUNT]);
  });

  it('asks once when the home page opens on the answer asked for as the app opened', () => {
    store.prefetch();
    store.refresh(); // the home page, while the answer is on its way
    http.expectOne('/api/accounts').flush([ACCOUNT]);
    expect(store.accounts()).toEqual([ACCOUNT]);
    store.refresh(); // a later visit
    http.expectOne('/api/accounts').flush([ACCOUNT]);
  });

  it('asks again on the first visit when the answer asked for as the app opened was a refusal', () => {
    store.prefetch(); // before log-in: no session yet
    http
      .expectOne('/api/accounts')
      .flush({ code: 'AUTH_SESSION_REQUIRED', message: '', details: {} }, { status: 401, statusText: '401' });
    store.refresh(); // the home page, after log-in
    http.expectOne('/api/accounts').flush([ACCOUNT]);
    expect(store.state().kind).toBe('loaded');
  });

  it('asks only once for screens that need the accounts but not fresh balances', () => {
    store.ensureLoaded();
    store.ensureLoaded(); // while the first answer is on its way
    http.expectOne('/api/accounts').flush([ACCOUNT]);
    store.ensureLoaded();
    http.expectNone('/api/accounts');
    expect(store.accounts()).toEqual([ACCOUNT]);
  });

  it('asks again after a failure', () => {
    store.ensureLoaded();
    http
      .expectOne('/api/accounts')
      .flush({ code: 'X', message: '', details: {} }, { status: 500, statusText: '500' });
    expect(store.state().kind).toBe('failed');
    store.ensureLoaded();
    expect(store.state().kind).toBe('loading');
    http.expectOne('/api/accounts').flush([ACCOUNT]);
    expect(store.state().kind).toBe('loaded');
  });
});
