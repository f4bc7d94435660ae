import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideFakeEventSources, FakeEventSources } from '../../../testing/fake-event-source';
import { nextRequest } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import { ProcessEvents } from '../../core/live/process-events';
import { aProcessItem, aProcessPage } from '../application.fixtures';
import type { ProcessPage } from '../application';
import { ApplicationsPageComponent } from './applications-page.component';

const PAGE = aProcessPage(
  [
    aProcessItem({ id: 'app-1', awaitingMe: true }),
    aProcessItem({
      id: 'doc-7',
      type: 'payment',
      kind: 'TENGE_PAYMENT',
      title: 'Halyk Supplies LLP',
      status: 'EXECUTED',
      amount: { minor: 125050, currency: 'KZT' },
      awaiting: 'NOBODY',
    }),
    aProcessItem({
      id: 'app-2',
      kind: 'CANCELLATION',
      title: '№ 2026-000011',
      status: 'SENT_TO_BANK',
      amount: undefined,
      accountIban: undefined,
      awaiting: 'SYSTEM',
    }),
  ],
  3,
);

describe(ApplicationsPageComponent.name, () => {
  let fixture: ComponentFixture<ApplicationsPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openList(page: ProcessPage = PAGE): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting(), provideFakeEventSources()],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(ProcessEvents).connect();
    fixture = TestBed.createComponent(ApplicationsPageComponent);
    (await nextRequest(http, '/api/accounts')).flush([]);
    (await nextRequest(http, (request) => request.url === '/api/processes')).flush(page);
    await settle(fixture);
  }

  function element(selector: string): HTMLElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
  }

  function rowLink(id: string): string | null {
    return element(`tr[data-process="${id}"] a`)?.getAttribute('href') ?? null;
  }

  it('asks for the first page of every process, newest first', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting(), provideFakeEventSources()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApplicationsPageComponent);
    (await nextRequest(http, '/api/accounts')).flush([]);
    const request = await nextRequest(http, (r) => r.url === '/api/processes');

    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(PAGE);
  });

  it('shows on top how many processes await the signed-in user', async () => {
    await openList();

    expect(element('.awaiting-me')?.textContent?.trim()).toBe('Awaiting your action: 3');
  });

  it('shows a row per process with its kind, subject, amount and status in words', async () => {
    await openList();

    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('td:nth-child(2)')?.textContent?.trim())).toEqual([
      'Cash withdrawal',
      'Tenge payment order',
      'Cancellation request',
    ]);
    expect(element('tr[data-process="doc-7"] .amount')?.textContent).toBe('1\u202f250.50\u00a0₸');
    expect(element('tr[data-process="doc-7"] qb-status-badge')?.textContent?.trim()).toBe('Executed');
    expect(element('tr[data-process="app-1"]')?.textContent).toContain('Awaiting you');
    expect(element('tr[data-process="app-2"]')?.textContent).toContain('The bank');
  });

  it('links payments to the documents’ page and applications to their own', async () => {
    await openList();

    expect(rowLink('app-1')).toBe('/applications/app-1');
    expect(rowLink('doc-7')).toBe('/documents/doc-7');
    expect(rowLink('app-2')).toBe('/applications/app-2');
  });

  it('refetches the page when an application changes', async () => {
    await openList();

    TestBed.inject(FakeEventSources).announce({
      processId: 'app-9',
      processType: 'application',
      organizationId: 'org-1',
      status: 'AWAITING_SIGNATURES',
      seq: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const refetch = await nextRequest(http, (request) => request.url === '/api/processes');
    refetch.flush(aProcessPage([aProcessItem({ id: 'app-9' }), ...PAGE.items], 4));
    await settle(fixture);
    expect(element('.awaiting-me')?.textContent?.trim()).toBe('Awaiting your action: 4');
    expect(element('tr[data-process="app-9"]')).not.toBeNull();
  });

  it('says so when nothing matches', async () => {
    await openList(aProcessPage([]));

    expect(element('.empty')?.textContent?.trim()).toBe('Nothing matches these filters.');
  });
});
