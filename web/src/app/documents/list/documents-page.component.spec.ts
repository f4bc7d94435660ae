import { afterEach, describe, expect, it } from '@jest/globals';
import type { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AWAITING_FIRST, aDocument, aPage } from '../../../testing/documents';
import { FakeEventSources, provideFakeEventSources } from '../../../testing/fake-event-source';
import { nextRequest } from '../../../testing/http';
import { aClient, signIn } from '../../../testing/session';
import { settle } from '../../../testing/settle';
import type { ClientPrincipal } from '../../core/auth/session';
import { ProcessEvents } from '../../core/live/process-events';
import type { DocumentView } from '../document';
import { DocumentsPageComponent } from './documents-page.component';
import { provideScreenTesting } from '../../../testing/screen';

const DRAFT = aDocument({ id: 'doc-draft', content: { ...aDocument().content, number: '101' } });
const AWAITING = aDocument({
  id: 'doc-awaiting',
  status: 'AWAITING_SIGNATURES',
  awaiting: AWAITING_FIRST,
  content: { ...aDocument().content, number: '102' },
});
const DISPATCH = aDocument({
  id: 'doc-dispatch',
  status: 'SIGNED',
  awaiting: { kind: 'DISPATCH_EDS', rights: ['SINGLE', 'FIRST', 'SECOND'] },
  content: { ...aDocument().content, number: '103' },
});
const EXECUTED = aDocument({
  id: 'doc-executed',
  status: 'EXECUTED',
  awaiting: { kind: 'NOTHING' },
  content: { ...aDocument().content, number: '104' },
});

/** Waits out the list's debounce of live changes (250 ms) with some margin. */
const LIVE_DEBOUNCE = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

describe(DocumentsPageComponent.name, () => {
  let fixture: ComponentFixture<DocumentsPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  const isList = (request: HttpRequest<unknown>): boolean => request.url === '/api/documents';

  async function openList(
    documents: readonly DocumentView[],
    user: ClientPrincipal = aClient(),
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting(), provideFakeEventSources()],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(http, user);
    // The root component opens the live stream for a logged-in user.
    TestBed.inject(ProcessEvents).connect();
    fixture = TestBed.createComponent(DocumentsPageComponent);
    (await nextRequest(http, isList)).flush(aPage(documents));
    (await nextRequest(http, '/api/accounts')).flush([]);
    await settle(fixture);
  }

  function row(id: string): HTMLElement {
    const found = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      `[data-document="${id}"]`,
    );
    if (!found) throw new Error(`document ${id} is not listed`);
    return found;
  }

  function statusOf(id: string): string {
    return row(id).querySelector('qb-status-badge')?.textContent?.trim() ?? '';
  }

  function awaitingOf(id: string): string {
    return row(id).querySelector('qb-awaiting')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('shows each document’s status in words', async () => {
    await openList([DRAFT, AWAITING, DISPATCH, EXECUTED]);

    expect(statusOf('doc-draft')).toBe('Draft');
    expect(statusOf('doc-awaiting')).toBe('Awaiting signatures');
    expect(statusOf('doc-dispatch')).toBe('Signed');
    expect(statusOf('doc-executed')).toBe('Executed');
  });

  it('shows what each document awaits, and from which signing rights', async () => {
    await openList([DRAFT, AWAITING, DISPATCH, EXECUTED]);

    expect(awaitingOf('doc-draft')).toBe('Awaiting sending for signature');
    expect(awaitingOf('doc-awaiting')).toBe('Awaiting signature — Single signature / First signature');
    expect(awaitingOf('doc-dispatch')).toBe(
      'Awaiting EDS for sending to the bank — Single signature / First signature / Second signature',
    );
    expect(awaitingOf('doc-executed')).toBe('No action needed');
  });

  it('updates a document’s status when the server announces a change, without reloading the page', async () => {
    await openList([DRAFT, AWAITING]);
    const page = fixture.componentInstance;
    const fakes = TestBed.inject(FakeEventSources);
    expect(fakes.opened.map((source) => source.url)).toEqual(['/api/processes/events']);

    fakes.announce({
      processId: 'doc-awaiting',
      processType: 'payment',
      organizationId: 'org-1',
      status: 'SIGNED',
      seq: 7,
    });
    await LIVE_DEBOUNCE();
    const refetch = await nextRequest(http, isList);
    // The rows stay on screen while the page is fetched again: no "Loading…" in between.
    expect(statusOf('doc-awaiting')).toBe('Awaiting signatures');
    refetch.flush(aPage([DRAFT, { ...AWAITING, status: 'SIGNED', awaiting: { kind: 'BANK' } }]));
    await settle(fixture);

    expect(statusOf('doc-awaiting')).toBe('Signed');
    expect(awaitingOf('doc-awaiting')).toBe('Being processed by the bank');
    expect(statusOf('doc-draft')).toBe('Draft');
    expect(fixture.componentInstance).toBe(page);
  });

  it('does not fetch the list again for a change of a process that is not a document', async () => {
    await openList([AWAITING]);

    TestBed.inject(FakeEventSources).announce({
      processId: 'check-1',
      processType: 'self-check',
      organizationId: 'org-1',
      status: 'COMPLETED',
      seq: 1,
    });
    await LIVE_DEBOUNCE();

    expect(http.match(isList)).toHaveLength(0);
  });

  it('fetches the list once for a burst of changes, not once per change', async () => {
    await openList([AWAITING]);
    const fakes = TestBed.inject(FakeEventSources);

    for (const [seq, status] of [
      [1, 'SIGNED'],
      [2, 'SENT_TO_BANK'],
      [3, 'ACCEPTED'],
    ] as const) {
      fakes.announce({
        processId: 'doc-awaiting',
        processType: 'payment',
        organizationId: 'org-1',
        status,
        seq,
      });
    }
    await LIVE_DEBOUNCE();

    const refetches = http.match(isList);
    expect(refetches).toHaveLength(1);
    refetches[0]?.flush(aPage([{ ...AWAITING, status: 'ACCEPTED', awaiting: { kind: 'BANK' } }]));
    await settle(fixture);
    expect(statusOf('doc-awaiting')).toBe('Accepted by the bank');
  });

  it('lets a Standard signer select for signing only the documents awaiting their signature', async () => {
    await openList([DRAFT, AWAITING, EXECUTED], aClient({ signatureRight: 'FIRST' }));

    expect(row('doc-awaiting').querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(row('doc-draft').querySelector('input[type="checkbox"]')).toBeNull();
    expect(row('doc-executed').querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('shows documents as cards on Mobile, those awaiting the signer selectable for one OTP approval', async () => {
    await openList([AWAITING, EXECUTED], aClient({ channel: 'MOBILE', signatureRight: 'FIRST' }));

    expect(row('doc-awaiting').tagName).toBe('LI');
    expect(statusOf('doc-awaiting')).toBe('Awaiting signatures');
    expect(row('doc-awaiting').querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(row('doc-executed').querySelector('input[type="checkbox"]')).toBeNull();
    expect(document.querySelector('button.approve-selected')?.textContent?.trim()).toBe(
      'Approve selected by OTP',
    );
    expect(document.querySelector('button.sign-selected')).toBeNull();
  });
});
