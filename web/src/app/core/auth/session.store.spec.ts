import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { aClient, aSession, signIn } from '../../../testing/session';
import type { SessionView, StaffPrincipal } from './session';
import { SessionStore } from './session.store';

const operator: StaffPrincipal = {
  kind: 'STAFF',
  staffId: 'staff-1',
  fullName: 'Dana Operator',
  role: 'OPERATOR',
};

describe(SessionStore.name, () => {
  let http: HttpTestingController;
  let store: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideScreenTesting() });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });
  afterEach(() => http.verify());

  it('knows a member of staff logged in on the staff log-in, with their role, and never as a client', async () => {
    const login = store.loginStaff('operator', 'secret');
    const request = await nextRequest(http, '/api/auth/staff/login');
    expect(request.request.body).toEqual({ login: 'operator', password: 'secret' });
    request.flush({ ...aSession(), principal: operator } satisfies SessionView);
    await login;

    expect(store.staff()).toEqual(operator);
    expect(store.client()).toBeUndefined();
    expect(store.channel()).toBeUndefined();
  });

  it('knows a client user, who is not a member of staff', async () => {
    await signIn(http, aClient({ channel: 'LIGHT' }));

    expect(store.client()?.channel).toBe('LIGHT');
    expect(store.staff()).toBeUndefined();
  });
});
