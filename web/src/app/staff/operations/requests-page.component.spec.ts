import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { StaffPrincipal } from '../../core/auth/session';
import type { OpsRequestSummary } from './ops-api';
import { aRequest, signInStaff } from './ops-fixtures';
import { RequestsPageComponent } from './requests-page.component';

function aSummary(id: string, overrides: Partial<OpsRequestSummary> = {}): OpsRequestSummary {
  const { change: _c, differences: _d, reviewToken: _r, mayCheck: _m, timeline: _t, ...summary } = aRequest();
  return { ...summary, id, ...overrides };
}

/** Pending first, as the API lists them: another operator's, this operator's (staff-9), then a decided one. */
const REQUESTS = [
  aSummary('r-1'),
  aSummary('r-2', { type: 'TERMINATE_PROCESS', maker: { staffId: 'staff-9', name: 'Олжас Оператор' } }),
  aSummary('r-3', { status: 'APPLIED', checker: { staffId: 'staff-9', name: 'Олжас Оператор' } }),
];

describe(RequestsPageComponent.name, () => {
  let fixture: ComponentFixture<RequestsPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openAs(role: StaffPrincipal['role']): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    await signInStaff(http, role);
    fixture = TestBed.createComponent(RequestsPageComponent);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const rowsOf = (group: string) =>
    [...page().querySelectorAll(`[data-group="${group}"] tbody tr`)].map((row) =>
      row.getAttribute('data-request'),
    );

  it('shows an operator the requests others made to check, apart from their own, then the decided ones', async () => {
    await openAs('OPERATOR');
    (await nextRequest(http, '/api/ops/requests')).flush(REQUESTS);
    await settle(fixture);

    expect(page().querySelector('h1')?.textContent).toBe('Operators’ requests');
    expect(rowsOf('toCheck')).toEqual(['r-1']);
    expect(rowsOf('mine')).toEqual(['r-2']);
    expect(rowsOf('decided')).toEqual(['r-3']);
    const first = page().querySelector('[data-request="r-1"]')!;
    expect(first.querySelector('a')?.textContent?.trim()).toBe('Process cancelled by operators');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/staff/operations/requests/r-1');
    expect(first.textContent).toContain('No. 501 · ТОО «Контрагент»');
    expect(first.textContent).toContain('Ержан Оператор');
    expect(first.querySelector('.badge')?.textContent?.trim()).toBe('Waiting for a checker');
    expect(page().querySelector('[data-request="r-2"] a')?.textContent?.trim()).toBe(
      'Broken process terminated',
    );
  });

  it('shows an auditor every pending request in one group, none as theirs to check', async () => {
    await openAs('AUDITOR');
    (await nextRequest(http, '/api/ops/requests')).flush(REQUESTS);
    await settle(fixture);

    expect(rowsOf('pending')).toEqual(['r-1', 'r-2']);
    expect(page().querySelector('[data-group="toCheck"]')).toBeNull();
    expect(rowsOf('decided')).toEqual(['r-3']);
  });

  it('says so when there is none, and when the list could not be read', async () => {
    await openAs('OPERATOR');
    (await nextRequest(http, '/api/ops/requests')).flush([]);
    await settle(fixture);
    expect(page().querySelector('[data-group="toCheck"] .muted')?.textContent).toBe('Nothing here.');

    page().querySelector<HTMLButtonElement>('button.refresh')!.click();
    refuse(await nextRequest(http, '/api/ops/requests'), 403, 'AUTH_FORBIDDEN_FOR_ROLE');
    await settle(fixture);
    expect(page().querySelector('[role="alert"]')?.textContent).toBe(
      'Your role may only read the console: operators act.',
    );
  });
});
