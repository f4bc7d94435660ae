import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { StaffPrincipal } from '../../core/auth/session';
import type { OpsRequest } from './ops-api';
import { PROCESS_ID, REQUEST_ID, aDetail, aRequest, signInStaff } from './ops-fixtures';
import { RequestPageComponent } from './request-page.component';

const URL = `/api/ops/requests/${REQUEST_ID}`;
const PROCESS_URL = `/api/ops/processes/${PROCESS_ID}`;
const awaitingSigners = () => aDetail({ status: 'AWAITING_SIGNATURES', awaiting: 'PERSON' });

describe(RequestPageComponent.name, () => {
  let fixture: ComponentFixture<RequestPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openAs(role: StaffPrincipal['role'], request: OpsRequest = aRequest()): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    await signInStaff(http, role);
    fixture = TestBed.createComponent(RequestPageComponent);
    fixture.componentRef.setInput('id', REQUEST_ID);
    (await nextRequest(http, URL)).flush(request);
    (await nextRequest(http, PROCESS_URL)).flush(awaitingSigners());
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector<HTMLElement>(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const click = async (selector: string) => {
    page().querySelector<HTMLButtonElement>(selector)!.click();
    await settle(fixture);
  };

  it('shows the request: its type, the process linked, the difference in words, the reason, its maker and history', async () => {
    await openAs('OPERATOR');

    expect(text('h1')).toBe('Process cancelled by operators');
    expect(text('.page-header .badge')).toBe('Waiting for a checker');
    expect(text('dd.process')).toBe('No. 501 · ТОО «Контрагент» · Payment');
    expect(page().querySelector('dd.process a')?.getAttribute('href')).toBe(
      `/staff/operations/processes/${PROCESS_ID}`,
    );
    expect(text('dd.given-reason')).toBe('The client asked by phone');
    expect(text('dd.maker')).toBe('Ержан Оператор');
    expect(text('tr[data-field="status"] th')).toBe('Process status');
    expect(text('tr[data-field="status"] .before [data-status]')).toBe('Awaiting signatures');
    expect(text('tr[data-field="status"] .after [data-status]')).toBe('Cancelled');
    expect(text('tr[data-field="reason"] .before')).toBe('—');
    expect(text('tr[data-field="reason"] .after')).toBe('The client asked by phone');
    expect(text('.timeline li[data-event="SUBMITTED"] strong')).toBe('Submitted');
    expect(text('.timeline li[data-event="SUBMITTED"] .who')).toBe('Ержан Оператор');
  });

  it('lets another operator approve it as seen: applied, the checker named', async () => {
    await openAs('OPERATOR');
    expect(text('button.approve')).toBe('Approve: cancel the process');
    await click('button.approve');
    const approval = await nextRequest(http, `${URL}/approval`);
    expect(approval.request.method).toBe('POST');
    expect(approval.request.body).toEqual({ reviewToken: 'token-1' });
    approval.flush(
      aRequest({
        status: 'APPLIED',
        mayCheck: false,
        checker: { staffId: 'staff-9', name: 'Олжас Оператор' },
        decidedAt: '2026-12-04T10:06:00Z',
      }),
    );
    (await nextRequest(http, PROCESS_URL)).flush(aDetail({ status: 'CANCELLED', awaiting: 'NOBODY' }));
    await settle(fixture);

    expect(text('[role="status"]')).toBe('Approved and applied.');
    expect(text('.page-header .badge')).toBe('Applied');
    expect(text('dd.checker')).toBe('Олжас Оператор');
    expect(page().querySelector('.decision')).toBeNull();
  });

  it('rejects it only with a reason, which the history then shows', async () => {
    await openAs('OPERATOR');
    await click('button.reject');
    await click('button.confirm-reject');
    expect(text('#reject-reason-message')).toBe('Say why (at least 3 characters).');

    const field = page().querySelector<HTMLTextAreaElement>('#reject-reason')!;
    field.value = 'The client signed it meanwhile';
    field.dispatchEvent(new Event('input'));
    await click('button.confirm-reject');
    const rejection = await nextRequest(http, `${URL}/rejection`);
    expect(rejection.request.body).toEqual({ reason: 'The client signed it meanwhile' });
    const rejected = aRequest({
      status: 'REJECTED',
      mayCheck: false,
      rejectionReason: 'The client signed it meanwhile',
    });
    rejected.timeline.push({
      seq: 2,
      event: 'REJECTED',
      status: 'REJECTED',
      at: '2026-12-04T10:06:00Z',
      actor: { staffId: 'staff-9', name: 'Олжас Оператор' },
      details: { reason: 'The client signed it meanwhile' },
    });
    rejection.flush(rejected);
    (await nextRequest(http, PROCESS_URL)).flush(awaitingSigners());
    await settle(fixture);

    expect(text('[role="status"]')).toBe('Rejected: nothing was done to the process.');
    expect(text('dd.rejection-reason')).toBe('The client signed it meanwhile');
    expect(text('.timeline li[data-event="REJECTED"] .reason')).toBe(
      'Reason: The client signed it meanwhile',
    );
  });

  it('lets its maker withdraw it but not approve it', async () => {
    await openAs(
      'OPERATOR',
      aRequest({ maker: { staffId: 'staff-9', name: 'Олжас Оператор' }, mayCheck: false }),
    );

    expect(text('.own')).toBe('You made this request: a different operator must check it.');
    expect(page().querySelector<HTMLButtonElement>('button.approve')?.disabled).toBe(true);
    expect(page().querySelector('button.reject')).toBeNull();
    await click('button.withdraw');
    (await nextRequest(http, `${URL}/withdrawal`)).flush(aRequest({ status: 'WITHDRAWN', mayCheck: false }));
    (await nextRequest(http, PROCESS_URL)).flush(awaitingSigners());
    await settle(fixture);
    expect(text('[role="status"]')).toBe('Withdrawn: nothing was done to the process.');
  });

  it('shows an auditor the request read-only, whatever the API says of checking it', async () => {
    await openAs('AUDITOR');

    expect(text('.read-only')).toBe('You read only: operators check requests.');
    expect(page().querySelector('button.approve')).toBeNull();
    expect(page().querySelector('button.reject')).toBeNull();
    expect(page().querySelector('button.withdraw')).toBeNull();
  });

  it('says a refusal in words and shows the request as it is now', async () => {
    await openAs('OPERATOR');
    await click('button.approve');
    refuse(await nextRequest(http, `${URL}/approval`), 409, 'CHANGE_REQUEST_DECIDED');
    (await nextRequest(http, URL)).flush(aRequest({ status: 'WITHDRAWN', mayCheck: false }));
    (await nextRequest(http, PROCESS_URL)).flush(awaitingSigners());
    await settle(fixture);

    expect(text('[role="alert"]')).toBe('The request was already decided.');
    expect(text('.page-header .badge')).toBe('Withdrawn');
  });

  it('says why an approved request could not be applied, and when there is no such request', async () => {
    await openAs(
      'OPERATOR',
      aRequest({
        status: 'FAILED',
        mayCheck: false,
        failure: { code: 'OPS_PROCESS_NOT_CANCELLABLE', message: 'on its way', field: 'change.processId' },
      }),
    );
    expect(text('dd.failure')).toContain('This process cannot be cancelled');

    fixture.componentRef.setInput('id', '00000000-0000-4000-8000-000000000000');
    refuse(
      await nextRequest(http, '/api/ops/requests/00000000-0000-4000-8000-000000000000'),
      404,
      'CHANGE_REQUEST_NOT_FOUND',
    );
    await settle(fixture);
    expect(text('[role="alert"]')).toBe('No such request.');
  });
});
