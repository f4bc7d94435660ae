import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import type { SessionView } from './session';
import { SessionStore, warningLeadMs } from './session.store';
import { IdleWarningComponent, countdown } from './idle-warning.component';

/** A manager's session with the server's staff idle limit (15 minutes). */
const MANAGER_SESSION: SessionView = {
  principal: { kind: 'STAFF', staffId: 'staff-1', fullName: 'Мәдина Менеджер', role: 'MANAGER' },
  passwordChangeRequired: false,
  idleTimeoutSeconds: 900,
  expiresAt: '2030-01-01T00:00:00Z',
};

describe(IdleWarningComponent.name, () => {
  let fixture: ComponentFixture<IdleWarningComponent>;
  let http: HttpTestingController;
  let session: SessionStore;

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    const loading = session.ensureLoaded();
    http.expectOne('/api/auth/session').flush(MANAGER_SESSION);
    await loading;
    fixture = TestBed.createComponent(IdleWarningComponent);
    fixture.detectChanges();
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  function pass(ms: number): void {
    jest.advanceTimersByTime(ms);
    fixture.detectChanges();
  }

  const warning = () =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[role="alertdialog"]');

  it('says nothing while the session has long to live', () => {
    pass(13 * 60_000);

    expect(warning()).toBeNull();
  });

  it('warns a minute before the staff idle limit, counting down', () => {
    pass(14 * 60_000 + 1_000);

    expect(warning()?.textContent).toContain('your session ends in 0:59');
    pass(30_000);
    expect(warning()?.textContent).toContain('0:29');
  });

  it('keeps the session when asked, and the warning goes away', async () => {
    pass(14 * 60_000 + 10_000);
    warning()!.querySelector<HTMLButtonElement>('button.stay')!.click();
    (await nextRequest(http, '/api/auth/session')).flush(MANAGER_SESSION);
    await Promise.resolve();
    pass(1_000);

    expect(warning()).toBeNull();
    expect(session.staff()?.fullName).toBe('Мәдина Менеджер');
  });

  it('ends the session at once when the server says it already ended', async () => {
    pass(14 * 60_000 + 10_000);
    warning()!.querySelector<HTMLButtonElement>('button.stay')!.click();
    refuse(await nextRequest(http, '/api/auth/session'), 401, 'AUTH_SESSION_EXPIRED');
    await Promise.resolve();
    await Promise.resolve();
    fixture.detectChanges();

    expect(session.signedOutReason()).toBe('expired');
    expect(warning()).toBeNull();
  });

  it('warns a fifth of a short limit ahead, and counts down as m:ss', () => {
    expect(warningLeadMs(900)).toBe(60_000);
    expect(warningLeadMs(120)).toBe(24_000);
    expect(countdown(61_000)).toBe('1:01');
    expect(countdown(400)).toBe('0:01');
  });
});
