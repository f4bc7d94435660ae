import { afterEach, describe, expect, it } from '@jest/globals';
import type { HttpRequest } from '@angular/common/http';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { AuditPageComponent } from './audit-page.component';
import { PROCESS_ID } from './ops-fixtures';
import type { AuditEntry, AuditPage } from './ops-api';

const list = (request: HttpRequest<unknown>) => request.url === '/api/ops/audit';

function anEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: '41',
    at: '2026-12-04T10:02:00Z',
    actorKind: 'STAFF',
    actorId: 'staff-9',
    actorName: 'Олжас Оператор',
    organizationId: 'org-1',
    action: 'OPS_PROCESS_RETRY',
    outcome: 'SUCCESS',
    subjectKind: 'PROCESS',
    subjectId: PROCESS_ID,
    ip: '127.0.0.1',
    details: { reason: 'The bank is back', activities: 1 },
    ...overrides,
  };
}

function aPage(items: AuditEntry[], total = items.length, page = 1): AuditPage {
  return { items, total, page, pageSize: 50 };
}

describe(AuditPageComponent.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(url: string): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'staff/operations/audit', component: AuditPageComponent },
            { path: 'staff/operations/processes/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
        ...provideScreenTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    return nextRequest(http, list);
  }

  async function answer(request: TestRequest, page: AuditPage): Promise<void> {
    request.flush(page);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  const page = () => harness.routeNativeElement!;
  const text = (selector: string) =>
    page().querySelector<HTMLElement>(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const type = (id: string, value: string) => {
    const field = page().querySelector<HTMLInputElement | HTMLSelectElement>(`#audit-${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    harness.fixture.detectChanges();
  };
  const submit = () =>
    page().querySelector<HTMLFormElement>('form.filters')!.dispatchEvent(new Event('submit'));

  it('lists the acts newest first: who, what, how it ended, about what, and the details', async () => {
    const request = await open('/staff/operations/audit');
    expect(request.request.params.keys()).toEqual(['page', 'pageSize']);
    await answer(
      request,
      aPage([
        anEntry(),
        anEntry({
          id: '40',
          actorKind: 'ANONYMOUS',
          actorId: null,
          actorName: null,
          action: 'AUTH_LOGIN',
          outcome: 'AUTH_INVALID_CREDENTIALS',
          subjectKind: null,
          subjectId: null,
          details: {},
        }),
      ]),
    );

    const retry = 'tr[data-entry="41"]';
    expect(text(`${retry} td:nth-child(2)`)).toMatch(/^Олжас Оператор\s*Bank staff\s*127\.0\.0\.1$/);
    expect(text(`${retry} td:nth-child(3)`)).toBe('OPS_PROCESS_RETRY');
    expect(text(`${retry} .outcome`)).toBe('Done');
    expect(page().querySelector(`${retry} td:nth-child(5) a`)?.getAttribute('href')).toBe(
      `/staff/operations/processes/${PROCESS_ID}`,
    );
    expect(
      [...page().querySelectorAll(`${retry} .details div`)].map((line) => line.textContent?.trim()),
    ).toEqual(['reason: The bank is back', 'activities: 1']);
    const refused = 'tr[data-entry="40"]';
    expect(text(`${refused} td:nth-child(2)`)).toBe('Not logged in 127.0.0.1');
    expect(text(`${refused} .outcome`)).toBe('AUTH_INVALID_CREDENTIALS');
    expect(page().querySelector(`${refused} .outcome`)?.getAttribute('data-tone')).toBe('bad');
  });

  it('filters by what the address says, and downloads the same filtered log as CSV', async () => {
    const request = await open(
      '/staff/operations/audit?action=OPS_PROCESS_RETRY&from=2026-12-01&to=2026-12-04',
    );
    expect(request.request.params.get('action')).toBe('OPS_PROCESS_RETRY');
    expect(request.request.params.get('from')).toBe('2026-12-01');
    expect(request.request.params.get('to')).toBe('2026-12-04');
    await answer(request, aPage([anEntry()]));

    expect(page().querySelector<HTMLInputElement>('#audit-action')!.value).toBe('OPS_PROCESS_RETRY');
    expect(page().querySelector('a.csv')?.getAttribute('href')).toBe(
      '/api/ops/audit.csv?action=OPS_PROCESS_RETRY&from=2026-12-01&to=2026-12-04',
    );
  });

  it('applies the filters typed, from the first page, kept in the address', async () => {
    await answer(await open('/staff/operations/audit?page=3'), aPage([anEntry()], 200, 3));
    type('actorKind', 'STAFF');
    type('subjectId', PROCESS_ID);
    type('outcome', 'SUCCESS');
    submit();

    const request = await nextRequest(http, list);
    expect(request.request.params.get('actorKind')).toBe('STAFF');
    expect(request.request.params.get('subjectId')).toBe(PROCESS_ID);
    expect(request.request.params.get('outcome')).toBe('SUCCESS');
    expect(request.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe(
      `/staff/operations/audit?actorKind=STAFF&outcome=SUCCESS&subjectId=${PROCESS_ID}`,
    );
    request.flush(aPage([]));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('.empty')).toBe('Nothing matches these filters.');
    expect(page().querySelector('a.csv')?.getAttribute('href')).toBe(
      `/api/ops/audit.csv?actorKind=STAFF&outcome=SUCCESS&subjectId=${PROCESS_ID}`,
    );
  });

  it('shows and takes the days as dd.mm.yyyy in every language, and asks the server for ISO days', async () => {
    const request = await open('/staff/operations/audit?from=2026-12-01');
    await answer(request, aPage([anEntry()]));
    expect(page().querySelector<HTMLInputElement>('#audit-from')!.value).toBe('01.12.2026');

    type('to', '04122026');
    expect(page().querySelector<HTMLInputElement>('#audit-to')!.value).toBe('04.12.2026');
    submit();

    const filtered = await nextRequest(http, list);
    expect(filtered.request.params.get('from')).toBe('2026-12-01');
    expect(filtered.request.params.get('to')).toBe('2026-12-04');
    filtered.flush(aPage([]));
  });

  it('names a day typed only in part before asking the server', async () => {
    await answer(await open('/staff/operations/audit'), aPage([anEntry()]));
    type('from', '31.1');
    submit();
    harness.fixture.detectChanges();

    expect(page().querySelector('#audit-from')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('says which filter the server would refuse before asking it', async () => {
    await answer(await open('/staff/operations/audit'), aPage([anEntry()]));
    type('organizationId', 'not-a-uuid');
    submit();
    harness.fixture.detectChanges();

    expect(text('[role="alert"]')).toBe('Check the filter “Client’s id”.');
    expect(page().querySelector('#audit-organizationId')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('pages through a long log, and says a refusal in words', async () => {
    await answer(await open('/staff/operations/audit?action=AUTH_LOGIN'), aPage([anEntry()], 120));
    expect(text('.pagination span')).toBe('Page 1 of 3');
    page().querySelector<HTMLButtonElement>('button.next')!.click();
    const next = await nextRequest(http, list);
    expect(next.request.params.get('page')).toBe('2');
    expect(next.request.params.get('action')).toBe('AUTH_LOGIN');
    refuse(next, 400, 'VALIDATION_FAILED', { violations: [{ field: 'from', code: 'IS_DATE', message: '' }] });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('[role="alert"]')).toBe(
      'Some details are missing or in the wrong form. Check the marked field.',
    );
  });
});
