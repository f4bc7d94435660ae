import { afterEach, describe, expect, it } from '@jest/globals';
import type { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import { aSession, answerSession } from '../../testing/session';
import { routes } from '../app.routes';
import type { SessionView, StaffPrincipal } from '../core/auth/session';
import { TokenAgent } from '../core/signer/token-agent';
import { ClientsPageComponent } from './clients/clients-page.component';
import { ProcessesPageComponent } from './operations/processes-page.component';
import { RequestsPageComponent } from './operations/requests-page.component';
import { StuckPageComponent } from './operations/stuck-page.component';
import { CheckingSettingsPageComponent } from './settings/checking-settings-page.component';
import { StaffLoginPageComponent } from './staff-login-page.component';

function aStaffSession(role: StaffPrincipal['role']): SessionView {
  return {
    principal: { kind: 'STAFF', staffId: 'staff-1', fullName: 'Мәдина Менеджер', role },
    passwordChangeRequired: false,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00Z',
  };
}

const NO_CLIENTS = { items: [], page: 1, pageSize: 20, total: 0 };
const NO_PROCESSES = { items: [], page: 1, pageSize: 20, total: 0 };
const clientSearch = (request: HttpRequest<unknown>) => request.url === '/api/manager/organizations';

describe('the staff area’s routes', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function navigateTo(url: string, session: SessionView | 'signed-out'): Promise<RouterTestingHarness> {
    const noTokens: Partial<TokenAgent> = { connectedTokens: async () => [] };
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        ...provideScreenTesting(),
        { provide: TokenAgent, useValue: noTokens },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await answerSession(TestBed.inject(HttpTestingController), session);
    await navigation;
    return harness;
  }

  it('sends a signed-out visitor to the staff log-in, remembering the page', async () => {
    const harness = await navigateTo('/staff/changes', 'signed-out');

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(StaffLoginPageComponent);
    expect(TestBed.inject(Router).url).toBe('/staff/login?returnUrl=%2Fstaff%2Fchanges');
  });

  it('keeps a client out of the staff area: back to their own pages', async () => {
    await navigateTo('/staff/clients', aSession());
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/accounts')).flush([]);

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('keeps staff out of the client pages: a manager lands on their clients', async () => {
    const harness = await navigateTo('/documents', aStaffSession('MANAGER'));
    (await nextRequest(TestBed.inject(HttpTestingController), clientSearch)).flush(NO_CLIENTS);
    await harness.fixture.whenStable();

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(ClientsPageComponent);
    expect(TestBed.inject(Router).url).toBe('/staff/clients');
  });

  /** The processes list's two requests, answered: no process yet. */
  async function answerProcesses(): Promise<void> {
    const http = TestBed.inject(HttpTestingController);
    (await nextRequest(http, '/api/ops/processes/counts')).flush([]);
    (await nextRequest(http, (request) => request.url === '/api/ops/processes')).flush(NO_PROCESSES);
  }

  it('gives an operator their own home, the processes, never the managers’ pages', async () => {
    const harness = await navigateTo('/staff/clients', aStaffSession('OPERATOR'));
    await answerProcesses();
    await harness.fixture.whenStable();

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(ProcessesPageComponent);
    expect(TestBed.inject(Router).url).toBe('/staff/operations');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Processes');
  });

  it('lets an auditor read the console, and keeps a manager out of it', async () => {
    const harness = await navigateTo('/staff/operations/stuck', aStaffSession('AUDITOR'));
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/ops/processes/stuck')).flush({
      stuckAfterSeconds: 300,
      stepThresholds: [],
      abandonedAfterHours: 24,
      onSystem: [],
      onPerson: [],
    });
    await harness.fixture.whenStable();
    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(StuckPageComponent);
    TestBed.resetTestingModule();

    await navigateTo('/staff/operations/audit', aStaffSession('MANAGER'));
    (await nextRequest(TestBed.inject(HttpTestingController), clientSearch)).flush(NO_CLIENTS);
    expect(TestBed.inject(Router).url).toBe('/staff/clients');
  });

  it('lets an auditor read the operators’ requests, and keeps a manager out of them', async () => {
    const harness = await navigateTo('/staff/operations/requests', aStaffSession('AUDITOR'));
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/ops/requests')).flush([]);
    await harness.fixture.whenStable();
    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(RequestsPageComponent);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Operators’ requests');
    TestBed.resetTestingModule();

    await navigateTo('/staff/operations/requests', aStaffSession('MANAGER'));
    (await nextRequest(TestBed.inject(HttpTestingController), clientSearch)).flush(NO_CLIENTS);
    expect(TestBed.inject(Router).url).toBe('/staff/clients');
  });

  it('lets a senior manager in to the clients', async () => {
    const harness = await navigateTo('/staff/clients', aStaffSession('SENIOR_MANAGER'));
    (await nextRequest(TestBed.inject(HttpTestingController), clientSearch)).flush(NO_CLIENTS);
    await harness.fixture.whenStable();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Clients');
  });

  it('shows a manager the checking settings, and keeps an operator out of them', async () => {
    const harness = await navigateTo('/staff/settings', aStaffSession('MANAGER'));
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/manager/settings/change-checking')).flush(
      {
        expiryHours: 72,
        exemptTypes: [],
        exemptibleTypes: ['SEND_TEMPORARY_PASSWORD', 'BLOCK_OTP_DEVICE'],
      },
    );
    await harness.fixture.whenStable();

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(CheckingSettingsPageComponent);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Rules for checking changes');
    TestBed.resetTestingModule();

    await navigateTo('/staff/settings', aStaffSession('OPERATOR'));
    await answerProcesses();
    expect(TestBed.inject(Router).url).toBe('/staff/operations');
  });
});
