import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { StaffPrincipal } from '../../core/auth/session';
import { PROCESS_ID, REQUEST_ID, aDetail, aRequest, signInStaff } from './ops-fixtures';
import type { OpsProcessDetail } from './ops-api';
import { ProcessPageComponent } from './process-page.component';

const URL = `/api/ops/processes/${PROCESS_ID}`;

describe(ProcessPageComponent.name, () => {
  let fixture: ComponentFixture<ProcessPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openAs(role: StaffPrincipal['role'], detail: OpsProcessDetail = aDetail()): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    await signInStaff(http, role);
    fixture = TestBed.createComponent(ProcessPageComponent);
    fixture.componentRef.setInput('id', PROCESS_ID);
    (await nextRequest(http, URL)).flush(detail);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector<HTMLElement>(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const typeReason = (reason: string) => {
    const field = page().querySelector<HTMLTextAreaElement>('#retry-reason')!;
    field.value = reason;
    field.dispatchEvent(new Event('input'));
  };
  const retry = async () => {
    page().querySelector<HTMLButtonElement>('button.retry-now')!.click();
    await settle(fixture);
  };

  it('shows the process: what and whose it is, who is awaited, its ids and Temporal’s execution with a link to its UI', async () => {
    await openAs('AUDITOR');

    expect(text('h1')).toBe('No. 501 · ТОО «Контрагент»');
    expect(text('.page-header [data-status]')).toBe('Signed');
    expect(text('dl.details')).toContain('Payment · Tenge payment order');
    expect(text('dl.details')).toContain('ТОО «Демо Сауда» · 940140000385');
    expect(text('[data-awaiting]')).toBe('The system');
    expect(text('dl.details')).toContain(`document-${PROCESS_ID}`);
    expect(text('[data-execution]')).toBe('Running');
    const link = page().querySelector<HTMLAnchorElement>('a.temporal-ui')!;
    expect(link.href).toBe(`http://127.0.0.1:8233/namespaces/default/workflows/document-${PROCESS_ID}`);
    expect(link.target).toBe('_blank');
    expect(text('tr[data-activity="submitToBank"] .attempt')).toBe('4 (no limit)');
  });

  it('tells the Temporal history in words, step names as they are, failures shown', async () => {
    await openAs('AUDITOR');

    const rows = [...page().querySelectorAll('.history tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(2, 6).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Process started', '', '', ''],
      ['Step scheduled', 'submitToBank', '', ''],
      ['Step failed', 'submitToBank', '4', 'the bank is unavailable (simulated outage: core maintenance)'],
    ]);
  });

  it('shows an auditor no action at all', async () => {
    await openAs('AUDITOR');

    expect(page().querySelector('.retry')).toBeNull();
    expect(page().querySelector('button.retry-now')).toBeNull();
  });

  it('offers an operator no retry once Temporal has finished the process', async () => {
    const detail = aDetail();
    await openAs('OPERATOR', {
      ...detail,
      status: 'EXECUTED',
      temporal: { ...detail.temporal!, status: 'COMPLETED', activities: [] },
    });

    expect(text('[data-execution]')).toBe('Completed');
    expect(text('.no-pending')).toBe('No step pending.');
    expect(page().querySelector('button.retry-now')).toBeNull();
  });

  it('lets an operator retry now only with a reason, then shows the action marked in the timeline', async () => {
    await openAs('OPERATOR');
    await retry();
    expect(text('#retry-reason-message')).toBe('Say why (at least 3 characters).');
    expect(page().querySelector('#retry-reason')?.getAttribute('aria-invalid')).toBe('true');

    typeReason('  The bank is back  ');
    await retry();
    const request = await nextRequest(http, `${URL}/retry`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'The bank is back' });
    const retried = aDetail();
    retried.timeline.push({
      at: '2026-12-04T10:02:00Z',
      source: 'OPERATOR',
      event: 'OPS_PROCESS_RETRY',
      actor: { staffId: 'staff-9' } as never,
      details: { reason: 'The bank is back', activities: 1 } as never,
    });
    request.flush(retried);
    await settle(fixture);

    expect(text('[role="status"]')).toBe('Done: the failing steps are being tried again now.');
    const entry = '.timeline li[data-source="OPERATOR"]';
    expect(text(`${entry} .operator`)).toBe('Operator');
    expect(text(`${entry} .what`)).toBe('Retried now by an operator');
    expect(text(`${entry} .reason`)).toBe('Reason: The bank is back');
    // The process's own entries: in words, with who acted.
    expect(text('.timeline li[data-event="SIGNED"] .what')).toBe('Signed');
    expect(text('.timeline li[data-event="SIGNED"] .who')).toBe('Айгерім Бекова');
  });

  it('says a refusal in words: nothing to retry, or a role that may only read', async () => {
    await openAs('OPERATOR');
    typeReason('once more');
    await retry();
    refuse(await nextRequest(http, `${URL}/retry`), 409, 'OPS_NOTHING_TO_RETRY', { field: 'id' });
    await settle(fixture);
    expect(text('[role="alert"]')).toBe(
      'No step of this process is failing: there is nothing to retry. It is waiting on a person, or finished.',
    );

    await retry();
    refuse(await nextRequest(http, `${URL}/retry`), 403, 'AUTH_FORBIDDEN_FOR_ROLE');
    await settle(fixture);
    expect(text('[role="alert"]')).toBe('Your role may only read the console: operators act.');
  });

  it('says so when Temporal no longer holds the process, and when there is no such process', async () => {
    const { temporal: _gone, ...past } = aDetail();
    await openAs('OPERATOR', past);
    expect(text('.not-in-temporal')).toContain('Temporal no longer holds this process');
    expect(page().querySelector('.history')).toBeNull();
    expect(page().querySelector('button.retry-now')).toBeNull();

    fixture.componentRef.setInput('id', '00000000-0000-4000-8000-000000000000');
    refuse(
      await nextRequest(http, '/api/ops/processes/00000000-0000-4000-8000-000000000000'),
      404,
      'OPS_PROCESS_NOT_FOUND',
    );
    await settle(fixture);
    expect(text('[role="alert"]')).toBe('No such process.');
  });

  describe('an operator’s dangerous actions', () => {
    const awaitingSigners = () =>
      aDetail({ status: 'AWAITING_SIGNATURES', awaiting: 'PERSON', title: 'No. 502 · ТОО «Контрагент»' });
    const reasonIn = (reason: string) => {
      const field = page().querySelector<HTMLTextAreaElement>('#action-reason')!;
      field.value = reason;
      field.dispatchEvent(new Event('input'));
    };
    const click = async (selector: string) => {
      page().querySelector<HTMLButtonElement>(selector)!.click();
      await settle(fixture);
    };

    it('offers an auditor none, nor an operator once the process is over', async () => {
      await openAs('AUDITOR', awaitingSigners());
      expect(page().querySelector('.actions')).toBeNull();
      TestBed.resetTestingModule();

      await openAs('OPERATOR', aDetail({ status: 'EXECUTED', awaiting: 'NOBODY' }));
      expect(page().querySelector('.actions')).toBeNull();
      expect(page().querySelector('button.cancel-process')).toBeNull();
    });

    it('asks to cancel only with a reason, then says a second operator must check it, with a link to the request', async () => {
      await openAs('OPERATOR', awaitingSigners());
      await click('button.cancel-process');
      expect(text('.action-form .hint')).toContain('A second operator must approve it.');
      await click('button.confirm-action');
      expect(text('#action-reason-message')).toBe('Say why (at least 3 characters).');

      reasonIn('  The client asked by phone ');
      await click('button.confirm-action');
      const request = await nextRequest(http, '/api/ops/requests');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        change: { type: 'CANCEL_PROCESS', processId: PROCESS_ID, reason: 'The client asked by phone' },
      });
      request.flush(aRequest());
      await settle(fixture);

      expect(text('.requested')).toBe(
        'Cancellation requested: it waits for a second operator to check it. Open the request',
      );
      expect(page().querySelector('.requested a')?.getAttribute('href')).toBe(
        `/staff/operations/requests/${REQUEST_ID}`,
      );
      expect(page().querySelector('.action-form')).toBeNull();
    });

    it('says a refusal in words: a payment on its way to the bank, or the same request already waiting', async () => {
      await openAs('OPERATOR');
      await click('button.cancel-process');
      reasonIn('The client asked');
      await click('button.confirm-action');
      refuse(await nextRequest(http, '/api/ops/requests'), 409, 'OPS_PROCESS_NOT_CANCELLABLE');
      await settle(fixture);
      expect(text('.actions [role="alert"]')).toContain('a payment on its way to the bank only goes forward');

      await click('button.confirm-action');
      refuse(await nextRequest(http, '/api/ops/requests'), 409, 'CHANGE_REQUEST_DUPLICATE');
      await settle(fixture);
      expect(text('.actions [role="alert"]')).toBe(
        'The same request for this process already waits for a checker.',
      );
    });

    it('offers no cancel for a kind operators do not cancel, but marking broken', async () => {
      await openAs('OPERATOR', aDetail({ type: 'application', kind: null, awaiting: 'SYSTEM' }));
      expect(page().querySelector('button.cancel-process')).toBeNull();
      expect(page().querySelector('button.mark-broken')).not.toBeNull();
    });

    it('marks the process broken with a reason, shows who marked it, when and why, and then offers to terminate it', async () => {
      await openAs('OPERATOR');
      expect(page().querySelector('button.terminate')).toBeNull();
      await click('button.mark-broken');
      reasonIn('Its workflow fails on every replay');
      await click('button.confirm-action');
      const marking = await nextRequest(http, `${URL}/broken`);
      expect(marking.request.body).toEqual({ reason: 'Its workflow fails on every replay' });
      const marked = aDetail({
        broken: {
          staffId: 'staff-9',
          at: '2026-12-04T10:03:00Z',
          reason: 'Its workflow fails on every replay',
        },
      });
      marked.timeline.push({
        at: '2026-12-04T10:03:00Z',
        source: 'OPERATOR',
        event: 'OPS_PROCESS_MARKED_BROKEN',
        actor: { staffId: 'staff-9', name: 'Олжас Оператор' } as never,
        details: { reason: 'Its workflow fails on every replay' } as never,
      });
      marking.flush(marked);
      await settle(fixture);

      expect(text('.marked')).toBe('Marked broken: it may now be terminated.');
      expect(text('.broken-by')).toMatch(/^Marked by Олжас Оператор, .*2026/);
      expect(text('.broken-reason')).toBe('Reason: Its workflow fails on every replay');
      expect(text('.timeline li[data-event="OPS_PROCESS_MARKED_BROKEN"] .what')).toBe(
        'Marked broken by an operator',
      );
      expect(page().querySelector('button.mark-broken')).toBeNull();

      await click('button.terminate');
      reasonIn('Broken beyond repair');
      await click('button.confirm-action');
      const asking = await nextRequest(http, '/api/ops/requests');
      expect(asking.request.body).toEqual({
        change: { type: 'TERMINATE_PROCESS', processId: PROCESS_ID, reason: 'Broken beyond repair' },
      });
      asking.flush(aRequest({ type: 'TERMINATE_PROCESS' }));
      await settle(fixture);
      expect(text('.requested')).toContain('Termination requested');
    });

    it('says when the process is not marked broken, and when it is marked already', async () => {
      await openAs(
        'OPERATOR',
        aDetail({ broken: { staffId: 'staff-1', at: '2026-12-04T10:03:00Z', reason: 'x' } }),
      );
      // No name in the timeline: the marker's id stands for them.
      expect(text('.broken-by')).toMatch(/^Marked by staff-1, /);
      await click('button.terminate');
      reasonIn('Broken beyond repair');
      await click('button.confirm-action');
      refuse(await nextRequest(http, '/api/ops/requests'), 409, 'OPS_PROCESS_NOT_BROKEN');
      await settle(fixture);
      expect(text('.actions [role="alert"]')).toBe(
        'Only a process marked broken may be terminated: mark it broken first.',
      );
      TestBed.resetTestingModule();

      await openAs('OPERATOR');
      await click('button.mark-broken');
      reasonIn('Broken again');
      await click('button.confirm-action');
      refuse(await nextRequest(http, `${URL}/broken`), 409, 'OPS_PROCESS_ALREADY_BROKEN');
      await settle(fixture);
      expect(text('.actions [role="alert"]')).toBe('The process is marked broken already, or it is over.');
    });
  });
});
