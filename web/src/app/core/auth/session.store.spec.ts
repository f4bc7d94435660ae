import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nextRequest } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { aClient, aSession, signIn } from '../../../testing/session';
import type { SessionView, StaffPrincipal } from './session';
import { FormDrafts } from '../forms/form-drafts';
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

  describe('a user at work is not idle', () => {
    beforeEach(() => {
      jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it('tells the server of typing at most once a minute, which keeps the session past its idle limit', async () => {
      await signIn(http, aClient()); // idle limit 900 s
      store.noteActivity();
      http.expectNone('/api/auth/session'); // just answered: nothing to tell

      for (let minute = 1; minute <= 20; minute++) {
        jest.advanceTimersByTime(61_000);
        store.noteActivity();
        store.noteActivity(); // a burst of keys asks once
        http.expectOne('/api/auth/session').flush(aSession());
        for (let tick = 0; tick < 5; tick++) await Promise.resolve(); // the answer is taken in
      }

      expect(store.client()).toBeDefined(); // 20 minutes of typing, past the 15-minute limit
    });

    it('still ends the session of a user who does nothing', async () => {
      await signIn(http, aClient());

      jest.advanceTimersByTime(906_000);

      expect(store.client()).toBeUndefined();
      expect(store.signedOutReason()).toBe('expired');
    });
  });

  it('forgets the user’s forms kept past their day once it first touches them, and keeps fresh ones and others’', async () => {
    const dayAndMore = Date.now() - 25 * 60 * 60 * 1000;
    localStorage.setItem(
      'qoltanba.draft.user-1.payment:doc-9@1',
      JSON.stringify({ savedAt: dayAndMore, value: { amount: '1' } }),
    );
    localStorage.setItem('qoltanba.draft.user-1.broken', 'not json');
    localStorage.setItem(
      'qoltanba.draft.user-2.payment:new',
      JSON.stringify({ savedAt: dayAndMore, value: {} }),
    );
    await signIn(http, aClient({ userId: 'user-1' }));
    const drafts = TestBed.inject(FormDrafts);

    drafts.save('payment:new', { amount: '100' });

    expect(localStorage.getItem('qoltanba.draft.user-1.payment:doc-9@1')).toBeNull();
    expect(localStorage.getItem('qoltanba.draft.user-1.broken')).toBeNull();
    expect(drafts.restore('payment:new')).toEqual({ amount: '100' });
    expect(localStorage.getItem('qoltanba.draft.user-2.payment:new')).not.toBeNull();
    localStorage.clear();
  });

  it('forgets the forms kept on this device for the user who logs out, and only theirs', async () => {
    await signIn(http, aClient({ userId: 'user-1' }));
    const drafts = TestBed.inject(FormDrafts);
    drafts.save('payment:new', { amount: '100' });
    localStorage.setItem('qoltanba.draft.user-2.payment:new', '{}');
    expect(drafts.restore('payment:new')).toEqual({ amount: '100' });

    const logout = store.logout();
    (await nextRequest(http, '/api/auth/logout')).flush(null);
    await logout;

    expect(localStorage.getItem('qoltanba.draft.user-1.payment:new')).toBeNull();
    expect(localStorage.getItem('qoltanba.draft.user-2.payment:new')).toBe('{}');
    localStorage.clear();
  });
});
