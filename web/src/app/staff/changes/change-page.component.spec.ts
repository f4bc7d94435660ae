import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { ChangeRequest } from '../staff-api';
import { ChangePageComponent } from './change-page.component';

const ID = '00000000-0000-4000-8000-0000000000cc';
const USER_ID = '00000000-0000-4000-8000-000000000002';

function aRequest(overrides: Partial<ChangeRequest> = {}): ChangeRequest {
  return {
    id: ID,
    type: 'CHANGE_USER_ACCESS',
    status: 'PENDING_CHECK',
    organizationId: '00000000-0000-4000-8000-000000000001',
    organizationName: 'ТОО «Демо Сауда»',
    summary: 'Айгерім Бекова',
    maker: { staffId: 'maker-1', name: 'Мәдина Менеджер' },
    checker: null,
    exempt: false,
    submittedAt: '2026-12-04T10:00:00Z',
    expiresAt: '2026-12-07T10:00:00Z',
    decidedAt: null,
    revision: 1,
    change: { type: 'CHANGE_USER_ACCESS', userId: USER_ID, signatureRight: 'FIRST' },
    differences: [{ field: 'signatureRight', before: 'SINGLE', after: 'FIRST' }],
    reviewToken: 'a'.repeat(64),
    mayCheck: true,
    rejectionReason: null,
    failure: null,
    outcome: null,
    envelopes: [],
    timeline: [],
    ...overrides,
  };
}

describe(ChangePageComponent.name, () => {
  let fixture: ComponentFixture<ChangePageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(request: ChangeRequest): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangePageComponent);
    fixture.componentRef.setInput('id', ID);
    (await nextRequest(http, `/api/manager/change-requests/${ID}`)).flush(request);
    await settle(fixture);
  }

  const element = (selector: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
  const approveButton = () => element('button.approve') as HTMLButtonElement;

  it('shows the checker the exact difference: the field, its value now and after', async () => {
    await open(aRequest());

    const row = element('tr[data-field="signatureRight"]')!;
    expect(row.querySelector('.after')?.textContent?.trim()).toBe('First signature');
    expect(row.textContent).toContain('Single signature');
  });

  it('does not let the maker approve their own request, and says why', async () => {
    await open(aRequest({ mayCheck: false }));

    expect(approveButton().disabled).toBe(true);
    expect(element('.own')?.textContent).toContain('a different manager must check it');
    expect(approveButton().getAttribute('aria-describedby')).toBe('own-request');
    expect(element('button.reject')).toBeNull();
    expect(element('button.withdraw')).not.toBeNull();
  });

  it('approves with the review token of what was shown, and says it was applied', async () => {
    await open(aRequest());
    approveButton().click();
    const approval = await nextRequest(http, `/api/manager/change-requests/${ID}/approval`);
    expect(approval.request.body).toEqual({ reviewToken: 'a'.repeat(64) });
    approval.flush(
      aRequest({ status: 'APPLIED', mayCheck: false, checker: { staffId: 'c', name: 'Арман' } }),
    );
    await settle(fixture);

    expect(element('[role="status"]')?.textContent).toContain('Approved and applied');
    expect(element('button.approve')).toBeNull();
  });

  it('asks for a new look when the request or the client changed since it was opened', async () => {
    await open(aRequest());
    approveButton().click();
    refuse(
      await nextRequest(http, `/api/manager/change-requests/${ID}/approval`),
      409,
      'CHANGE_REQUEST_CHANGED',
    );
    const reloaded = await nextRequest(http, `/api/manager/change-requests/${ID}`);
    reloaded.flush(
      aRequest({
        revision: 2,
        reviewToken: 'b'.repeat(64),
        differences: [{ field: 'signatureRight', before: 'SINGLE', after: 'SECOND' }],
      }),
    );
    await settle(fixture);

    expect(element('[role="alert"]')?.textContent?.trim()).toBeTruthy();
    expect(element('tr[data-field="signatureRight"] .after')?.textContent?.trim()).toBe('Second signature');
    approveButton().click();
    const second = await nextRequest(http, `/api/manager/change-requests/${ID}/approval`);
    expect(second.request.body).toEqual({ reviewToken: 'b'.repeat(64) });
    second.flush(aRequest({ status: 'APPLIED' }));
    await settle(fixture);
  });

  it('rejects only with a reason, said at its field', async () => {
    await open(aRequest());
    element('button.reject')!.click();
    await settle(fixture);
    element('button.confirm-reject')!.click();
    await settle(fixture);

    expect(element('#reject-reason')?.getAttribute('aria-invalid')).toBe('true');
    expect(element('#reject-reason-message.field-error')?.textContent).toContain('Say why');
    const reason = element('#reject-reason') as HTMLTextAreaElement;
    reason.value = 'The client asked for SECOND';
    reason.dispatchEvent(new Event('input'));
    element('button.confirm-reject')!.click();
    const rejection = await nextRequest(http, `/api/manager/change-requests/${ID}/rejection`);
    expect(rejection.request.body).toEqual({ reason: 'The client asked for SECOND' });
    rejection.flush(aRequest({ status: 'REJECTED', rejectionReason: 'The client asked for SECOND' }));
    await settle(fixture);

    expect(element('[role="status"]')?.textContent?.trim()).toBeTruthy();
    expect(fixture.nativeElement.textContent).toContain('The client asked for SECOND');
  });
});
