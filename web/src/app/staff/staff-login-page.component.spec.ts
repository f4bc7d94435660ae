import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, refuse } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import type { SessionView, StaffPrincipal } from '../core/auth/session';
import { SessionStore } from '../core/auth/session.store';
import { StaffLoginPageComponent } from './staff-login-page.component';

function aStaffSession(role: StaffPrincipal['role']): SessionView {
  return {
    principal: { kind: 'STAFF', staffId: 'staff-1', fullName: 'Мәдина Менеджер', role },
    passwordChangeRequired: false,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00Z',
  };
}

describe(StaffLoginPageComponent.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(url = '/staff/login'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'staff/login', component: StaffLoginPageComponent },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
        ...provideScreenTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
  }

  const element = <T extends HTMLElement = HTMLElement>(selector: string) =>
    harness.routeNativeElement!.querySelector<T>(selector);

  async function logIn(login: string, password: string): Promise<void> {
    for (const [id, value] of [
      ['staff-login', login],
      ['staff-password', password],
    ] as const) {
      const input = element<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await settled();
    element<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
  }

  async function settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('logs a manager in with their staff account and takes them to their clients', async () => {
    await open();
    await logIn(' demo.manager ', 'demo1234');
    const request = await nextRequest(http, '/api/auth/staff/login');
    expect(request.request.body).toEqual({ login: 'demo.manager', password: 'demo1234' });
    request.flush(aStaffSession('MANAGER'));
    await settled();

    expect(TestBed.inject(Router).url).toBe('/staff/clients');
    expect(TestBed.inject(SessionStore).staff()?.role).toBe('MANAGER');
  });

  it('takes an operator to their own home', async () => {
    await open();
    await logIn('demo.operator', 'demo1234');
    (await nextRequest(http, '/api/auth/staff/login')).flush(aStaffSession('OPERATOR'));
    await settled();

    expect(TestBed.inject(Router).url).toBe('/staff/operations');
  });

  it('returns to the staff page where the session ended', async () => {
    await open('/staff/login?returnUrl=%2Fstaff%2Fchanges%2F42');
    await logIn('demo.checker', 'demo1234');
    (await nextRequest(http, '/api/auth/staff/login')).flush(aStaffSession('MANAGER'));
    await settled();
    expect(TestBed.inject(Router).url).toBe('/staff/changes/42');
  });

  it('ignores a return address outside the staff area', async () => {
    await open('/staff/login?returnUrl=%2Fdocuments');
    await logIn('demo.checker', 'demo1234');
    (await nextRequest(http, '/api/auth/staff/login')).flush(aStaffSession('MANAGER'));
    await settled();
    expect(TestBed.inject(Router).url).toBe('/staff/clients');
  });

  it('refuses wrong credentials without saying which was wrong, and forgets the password', async () => {
    await open();
    await logIn('demo.manager', 'wrong');
    refuse(await nextRequest(http, '/api/auth/staff/login'), 401, 'AUTH_INVALID_CREDENTIALS');
    await settled();

    expect(element('[role="alert"]')?.textContent?.trim()).toBe(
      'Could not log in with these details. Check them and try again.',
    );
    expect(element<HTMLInputElement>('#staff-password')!.value).toBe('');
    expect(TestBed.inject(Router).url).toBe('/staff/login');
  });

  it('says the session ended for want of activity when sent back here', async () => {
    await open('/staff/login?reason=expired');
    await settled();

    expect(element('[role="status"]')?.textContent?.trim()).toBe(
      'Your session has ended. Please log in again.',
    );
  });

  it('labels both fields for assistive technology', async () => {
    await open();

    for (const id of ['staff-login', 'staff-password']) {
      expect(element(`label[for="${id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    expect(element('#staff-password')?.getAttribute('autocomplete')).toBe('current-password');
  });
});
