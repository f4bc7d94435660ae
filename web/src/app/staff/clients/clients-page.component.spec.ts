import { afterEach, describe, expect, it } from '@jest/globals';
import type { HttpRequest } from '@angular/common/http';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import type { ClientSearchPage, ClientSummary } from '../staff-api';
import { ClientsPageComponent } from './clients-page.component';

const search = (request: HttpRequest<unknown>) => request.url === '/api/manager/organizations';

function aClient(overrides: Partial<ClientSummary> = {}): ClientSummary {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'ТОО «Демо Сауда»',
    legalForm: 'LEGAL_ENTITY',
    binIin: '940140000385',
    accounts: 3,
    users: 5,
    standardConnected: true,
    createdAt: '2026-12-04T10:00:00Z',
    ...overrides,
  };
}

function aPage(items: ClientSummary[], total = items.length, page = 1): ClientSearchPage {
  return { items, page, pageSize: 20, total };
}

describe(ClientsPageComponent.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(url: string): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'staff/clients', component: ClientsPageComponent }],
          withComponentInputBinding(),
        ),
        ...provideScreenTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    return nextRequest(http, search);
  }

  async function answer(request: TestRequest, page: ClientSearchPage): Promise<void> {
    request.flush(page);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  const text = (selector: string) =>
    (harness.routeNativeElement?.querySelector(selector) as HTMLElement | null)?.textContent?.trim();

  it('lists every client, newest first, when nothing is typed', async () => {
    const request = await open('/staff/clients');

    expect(request.request.params.has('q')).toBe(false);
    expect(request.request.params.get('page')).toBe('1');
    await answer(request, aPage([aClient()]));
    expect(text('tr[data-client="940140000385"] a')).toBe('ТОО «Демо Сауда»');
    expect(text('.total')).toBe('Clients found: 1');
  });

  it('searches what was typed, keeping it in the address, from the first page', async () => {
    await answer(await open('/staff/clients?page=2'), aPage([aClient()], 25, 2));
    const input = harness.routeNativeElement!.querySelector<HTMLInputElement>('#client-search')!;
    input.value = ' +7 701 000 00 11 ';
    input.dispatchEvent(new Event('input'));
    harness
      .routeNativeElement!.querySelector<HTMLFormElement>('form.search')!
      .dispatchEvent(new Event('submit'));

    const request = await nextRequest(http, search);
    expect(request.request.params.get('q')).toBe('+7 701 000 00 11');
    expect(request.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe('/staff/clients?q=%2B7%20701%20000%2000%2011');
    request.flush(aPage([]));
  });

  it('pages through many clients, saying which page of how many', async () => {
    await answer(await open('/staff/clients?q=%D0%A2%D0%9E%D0%9E'), aPage([aClient()], 45));

    expect(text('.pagination span')).toBe('Page 1 of 3');
    expect(harness.routeNativeElement!.querySelector('button.previous')!.getAttribute('aria-disabled')).toBe(
      'true',
    );
    harness.routeNativeElement!.querySelector<HTMLButtonElement>('button.next')!.click();
    const next = await nextRequest(http, search);
    expect(next.request.params.get('page')).toBe('2');
    expect(next.request.params.get('q')).toBe('ТОО');
    next.flush(aPage([aClient()], 45, 2));
  });

  it('says so when no client is found, and says a refusal in words', async () => {
    await answer(await open('/staff/clients?q=nobody'), aPage([]));
    expect(text('.empty')).toBe('No client found.');

    void harness.navigateByUrl('/staff/clients?q=x');
    refuse(await nextRequest(http, search), 400, 'VALIDATION_FAILED', { field: 'q' });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('[role="alert"]')).toBeTruthy();
    expect(text('[role="alert"]')).not.toContain('VALIDATION_FAILED');
  });
});
