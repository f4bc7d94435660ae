import { afterEach, describe, expect, it } from '@jest/globals';
import type { HttpRequest } from '@angular/common/http';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { PROCESS_ID, aProcess } from './ops-fixtures';
import type { OpsProcess, OpsProcessCount, OpsProcessPage } from './ops-api';
import { ProcessesPageComponent } from './processes-page.component';

const list = (request: HttpRequest<unknown>) => request.url === '/api/ops/processes';
const COUNTS: OpsProcessCount[] = [
  { type: 'payment', status: 'EXECUTED', awaiting: 'NOBODY', count: 12 },
  { type: 'payment', status: 'SIGNED', awaiting: 'SYSTEM', count: 2 },
  { type: 'payment', status: 'SIGNED', awaiting: 'PERSON', count: 1 },
  { type: 'token-registration', status: 'AWAITING_KEYS', awaiting: 'PERSON', count: 1 },
  { type: 'self-check', status: 'DONE', awaiting: 'NOBODY', count: 4 },
];

function aPage(items: OpsProcess[], total = items.length, page = 1): OpsProcessPage {
  return { items, total, page, pageSize: 20 };
}

describe(ProcessesPageComponent.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  /** Opens the page at this address; answers the counts, and hands back the list's request. */
  async function open(url: string): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'staff/operations', component: ProcessesPageComponent },
            { path: 'staff/operations/processes/:id', children: [] },
            { path: 'staff/operations/stuck', children: [] },
          ],
          withComponentInputBinding(),
        ),
        ...provideScreenTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    (await nextRequest(http, '/api/ops/processes/counts')).flush(COUNTS);
    return nextRequest(http, list);
  }

  async function answer(request: TestRequest, page: OpsProcessPage): Promise<void> {
    request.flush(page);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  const page = () => harness.routeNativeElement!;
  const text = (selector: string) => page().querySelector<HTMLElement>(selector)?.textContent?.trim();
  const submit = () =>
    page().querySelector<HTMLFormElement>('form.filters')!.dispatchEvent(new Event('submit'));
  const choose = (selector: string, value: string) => {
    const select = page().querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event(select instanceof HTMLSelectElement ? 'change' : 'input'));
    harness.fixture.detectChanges();
  };

  it('shows the counts by kind and status, in words where it has them, each a link that filters', async () => {
    await answer(await open('/staff/operations'), aPage([aProcess()]));

    expect(text('[data-kind="payment"] h3 a')).toBe('Payment');
    expect(text('[data-kind="payment"] h3 .kind-total')).toBe('15');
    // Counted whoever is awaited: 2 on the system, 1 on a person.
    const signed = page().querySelector<HTMLAnchorElement>('[data-count="payment:SIGNED"]')!;
    expect(signed.textContent).toBe('Signed');
    expect(signed.nextElementSibling?.textContent).toBe('3');
    expect(text('[data-count="token-registration:AWAITING_KEYS"]')).toBe('Waiting for the keys');
    // A self-check's statuses have no words: its code.
    expect(text('[data-count="self-check:DONE"]')).toBe('DONE');

    signed.click();
    const filtered = await nextRequest(http, list);
    expect(filtered.request.params.get('type')).toBe('payment');
    expect(filtered.request.params.get('status')).toBe('SIGNED');
    expect(TestBed.inject(Router).url).toBe('/staff/operations?type=payment&status=SIGNED');
    filtered.flush(aPage([]));
  });

  it('lists every process, last moved first, with kind, client, status, who is awaited and a link to it', async () => {
    const request = await open('/staff/operations');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.has('type')).toBe(false);
    await answer(request, aPage([aProcess()]));

    const row = page().querySelector(`tr[data-process="${PROCESS_ID}"]`)!;
    expect(row.querySelector('td')?.textContent).toContain('Payment');
    expect(row.querySelector('td')?.textContent).toContain('Tenge payment order');
    expect(row.querySelector('a')?.getAttribute('href')).toBe(`/staff/operations/processes/${PROCESS_ID}`);
    expect(row.textContent).toContain('940140000385');
    expect(row.querySelector('[data-status="SIGNED"]')?.textContent).toBe('Signed');
    expect(row.querySelector('code')?.textContent).toBe('SIGNED');
    expect(row.querySelector('[data-awaiting]')?.textContent?.trim()).toBe('The system');
    expect(text('.total')).toBe('Processes found: 1');
  });

  it('filters by kind, status, awaited party and a search, from the first page, kept in the address', async () => {
    await answer(await open('/staff/operations?page=2'), aPage([aProcess()], 45, 2));
    choose('#ops-type', 'payment');
    // The statuses offered are the chosen kind's, in words beside their codes.
    const options = [...page().querySelectorAll('#ops-status option')].map((option) =>
      option.textContent?.trim(),
    );
    expect(options).toEqual(['Any', 'Executed · EXECUTED', 'Signed · SIGNED']);
    choose('#ops-status', 'SIGNED');
    choose('#ops-awaiting', 'SYSTEM');
    choose('#ops-search', ' 501 ');
    submit();

    const request = await nextRequest(http, list);
    expect(request.request.params.get('type')).toBe('payment');
    expect(request.request.params.get('status')).toBe('SIGNED');
    expect(request.request.params.get('awaiting')).toBe('SYSTEM');
    expect(request.request.params.get('q')).toBe('501');
    expect(request.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe(
      '/staff/operations?type=payment&status=SIGNED&awaiting=SYSTEM&q=501',
    );
    request.flush(aPage([]));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('.empty')).toBe('No process matches.');
  });

  it('pages through many processes, keeping the filters', async () => {
    await answer(await open('/staff/operations?type=payment'), aPage([aProcess()], 45));

    expect(text('.pagination span')).toBe('Page 1 of 3');
    page().querySelector<HTMLButtonElement>('button.next')!.click();
    const next = await nextRequest(http, list);
    expect(next.request.params.get('page')).toBe('2');
    expect(next.request.params.get('type')).toBe('payment');
    next.flush(aPage([aProcess()], 45, 2));
  });

  it('says a refusal in words, never its code', async () => {
    const request = await open('/staff/operations?q=x');
    refuse(request, 400, 'VALIDATION_FAILED', { violations: [{ field: 'q', code: 'LENGTH', message: '' }] });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();

    expect(text('[role="alert"]')).toBe(
      'Some details are missing or in the wrong form. Check the marked field.',
    );
  });
});
