import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { ChangeRequest, ClientOverview } from '../staff-api';
import { ChangePageComponent } from './change-page.component';

const ID = '00000000-0000-4000-8000-0000000000cc';
const USER_ID = '00000000-0000-4000-8000-000000000002';
const ORGANIZATION_ID = '00000000-0000-4000-8000-000000000001';

/** The client as the access change's user is now: a single signature, Standard and Light. */
const CLIENT: ClientOverview = {
  id: ORGANIZATION_ID,
  name: 'ТОО «Демо Сауда»',
  legalForm: 'LEGAL_ENTITY',
  binIin: '940140000385',
  address: null,
  noneMayPrepare: false,
  standardConnected: true,
  createdAt: '2026-11-01T10:00:00Z',
  accounts: [],
  users: [
    {
      id: USER_ID,
      fullName: 'Айгерім Бекова',
      iin: '850312400123',
      phone: '+77010000011',
      email: null,
      signatureRight: 'SINGLE',
      channels: ['STANDARD', 'LIGHT'],
      status: 'ACTIVE',
      devices: [],
      certificates: [],
      registrations: [],
      reissues: [],
    },
  ],
};

function aRequest(overrides: Partial<ChangeRequest> = {}): ChangeRequest {
  return {
    id: ID,
    type: 'CHANGE_USER_ACCESS',
    status: 'PENDING_CHECK',
    organizationId: ORGANIZATION_ID,
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

  describe('its maker’s correction', () => {
    const amendButton = () => element('button.amend') as HTMLButtonElement | null;
    const choose = (selector: string, value: string) => {
      const select = element(selector) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    const channel = (name: string) =>
      [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLInputElement>('#amend-channels input')][
        ['STANDARD', 'LIGHT', 'MOBILE'].indexOf(name)
      ]!;

    async function openForm(request: ChangeRequest): Promise<void> {
      await open(request);
      amendButton()!.click();
      await settle(fixture);
    }

    it('corrects an access change: the form as sent, the new revision and its difference shown after', async () => {
      await open(aRequest({ mayCheck: false }));
      amendButton()!.click();
      (await nextRequest(http, `/api/manager/organizations/${ORGANIZATION_ID}/overview`)).flush(CLIENT);
      await settle(fixture);

      expect((element('#amend-signatureRight') as HTMLSelectElement).value).toBe('FIRST');
      expect([channel('STANDARD').checked, channel('LIGHT').checked, channel('MOBILE').checked]).toEqual([
        true,
        true,
        false,
      ]);
      choose('#amend-signatureRight', 'SECOND');
      channel('MOBILE').click();
      element('button.save-amendment')!.click();
      const amendment = await nextRequest(http, `/api/manager/change-requests/${ID}`);

      expect(amendment.request.method).toBe('PATCH');
      expect(amendment.request.body).toEqual({
        revision: 1,
        change: {
          type: 'CHANGE_USER_ACCESS',
          userId: USER_ID,
          signatureRight: 'SECOND',
          channels: ['STANDARD', 'LIGHT', 'MOBILE'],
        },
      });
      amendment.flush(
        aRequest({
          mayCheck: false,
          revision: 2,
          differences: [
            { field: 'signatureRight', before: 'SINGLE', after: 'SECOND' },
            { field: 'channels', before: 'STANDARD, LIGHT', after: 'STANDARD, LIGHT, MOBILE' },
          ],
        }),
      );
      await settle(fixture);

      expect(element('[role="status"]')?.textContent).toContain('revision 2');
      expect(element('.revision')?.textContent).toBe('2');
      expect(element('tr[data-field="signatureRight"] .after')?.textContent?.trim()).toBe('Second signature');
      expect(element('tr[data-field="channels"] .after')?.textContent).toContain('Mobile');
      expect(element('form.amend')).toBeNull();
    });

    it('offers no correction to a checker, nor of a temporary password, which has nothing to correct', async () => {
      await open(aRequest());
      expect(amendButton()).toBeNull();
      TestBed.resetTestingModule();

      await open(
        aRequest({
          mayCheck: false,
          type: 'SEND_TEMPORARY_PASSWORD',
          change: { type: 'SEND_TEMPORARY_PASSWORD', userId: USER_ID },
          differences: [{ field: 'password', before: null, after: 'temporary, by SMS' }],
        }),
      );
      expect(element('button.withdraw')).not.toBeNull();
      expect(amendButton()).toBeNull();
    });

    const newAccount = () =>
      aRequest({
        mayCheck: false,
        type: 'ADD_ACCOUNT',
        change: {
          type: 'ADD_ACCOUNT',
          organizationId: ORGANIZATION_ID,
          account: { iban: 'KZ86998KZT5004100100', currency: 'KZT', title: 'Current account' },
        },
        differences: [{ field: 'account.currency', before: null, after: 'KZT' }],
      });

    it('sends nothing that corrects nothing, and says so', async () => {
      await openForm(newAccount());
      element('button.save-amendment')!.click();
      await settle(fixture);

      expect(element('form.amend [role="alert"]')?.textContent).toContain('Nothing is corrected yet');
      http.expectNone(`/api/manager/change-requests/${ID}`);
    });

    it('shows a refusal at the field it concerns', async () => {
      await openForm(newAccount());
      const title = element('#amend-account-title') as HTMLInputElement;
      title.value = 'Счёт в долларах';
      title.dispatchEvent(new Event('input'));
      choose('#amend-account-currency', 'USD');
      element('button.save-amendment')!.click();
      const amendment = await nextRequest(http, `/api/manager/change-requests/${ID}`);
      expect(amendment.request.body).toMatchObject({
        change: { account: { iban: 'KZ86998KZT5004100100', currency: 'USD', title: 'Счёт в долларах' } },
      });
      refuse(amendment, 400, 'VALIDATION_FAILED', {
        violations: [{ field: 'change.account.title', code: 'LENGTH', message: '' }],
      });
      await settle(fixture);

      expect(title.getAttribute('aria-invalid')).toBe('true');
      expect(element('#amend-account-title-message.field-error')?.textContent).toContain(
        'Check the marked field',
      );
      expect(element('form.amend')).not.toBeNull();
    });

    it('shows the request anew when it changed or was decided meanwhile', async () => {
      await openForm(newAccount());
      choose('#amend-account-currency', 'EUR');
      element('button.save-amendment')!.click();
      refuse(await nextRequest(http, `/api/manager/change-requests/${ID}`), 409, 'CHANGE_REQUEST_DECIDED');
      (await nextRequest(http, `/api/manager/change-requests/${ID}`)).flush(
        aRequest({ ...newAccount(), status: 'WITHDRAWN' }),
      );
      await settle(fixture);

      expect(element('[role="alert"]')?.textContent).toContain('already decided');
      expect(element('form.amend')).toBeNull();
      expect(amendButton()).toBeNull();
    });
  });
});
