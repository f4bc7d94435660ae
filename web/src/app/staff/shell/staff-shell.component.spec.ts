import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { nextRequest } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { SessionView, StaffPrincipal } from '../../core/auth/session';
import { SessionStore } from '../../core/auth/session.store';
import { StaffShellComponent } from './staff-shell.component';

function aStaffSession(role: StaffPrincipal['role']): SessionView {
  return {
    principal: { kind: 'STAFF', staffId: 'staff-1', fullName: 'Мәдина Менеджер', role },
    passwordChangeRequired: false,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00Z',
  };
}

describe(StaffShellComponent.name, () => {
  let fixture: ComponentFixture<StaffShellComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openAs(role: StaffPrincipal['role']): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'staff/login', children: [] }]), ...provideScreenTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne('/api/auth/session').flush(aStaffSession(role));
    await loading;
    fixture = TestBed.createComponent(StaffShellComponent);
    await settle(fixture);
  }

  const element = (selector: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
  const navigation = () =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('nav.side-nav a')].map((a) =>
      a.textContent?.trim(),
    );

  it('shows who is at the desk: the name and the role, in words', async () => {
    await openAs('SENIOR_MANAGER');

    expect(element('.who .name')?.textContent).toBe('Мәдина Менеджер');
    expect(element('[data-role]')?.textContent).toBe('Senior manager');
    expect(element('.product-name')?.textContent).toContain('Bank staff');
  });

  it('offers a manager the clients, onboarding, the changes to check and the checking rules', async () => {
    await openAs('MANAGER');

    expect(element('[data-role]')?.textContent).toBe('Manager');
    expect(navigation()).toEqual(['Clients', 'Onboard a client', 'Changes to check', 'Checking rules']);
  });

  it('offers an operator only their own console: processes, stuck ones, requests to check, the audit log and the platform', async () => {
    await openAs('OPERATOR');

    expect(element('[data-role]')?.textContent).toBe('Operator');
    expect(navigation()).toEqual(['Processes', 'Stuck', 'Requests to check', 'Audit log', 'Platform']);
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll('nav.side-nav a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/staff/operations',
      '/staff/operations/stuck',
      '/staff/operations/requests',
      '/staff/operations/audit',
      '/staff/operations/platform',
    ]);
  });

  it('offers an auditor the same console to read', async () => {
    await openAs('AUDITOR');

    expect(element('[data-role]')?.textContent).toBe('Auditor');
    expect(navigation()).toEqual(['Processes', 'Stuck', 'Requests to check', 'Audit log', 'Platform']);
  });

  it('logs out to the staff log-in, saying so', async () => {
    await openAs('MANAGER');
    const router = TestBed.inject(Router);
    element('button.logout')!.click();
    (await nextRequest(http, '/api/auth/logout')).flush(null);
    await settle(fixture);

    expect(TestBed.inject(SessionStore).staff()).toBeUndefined();
    expect(router.url).toBe('/staff/login?reason=logged-out');
  });
});
