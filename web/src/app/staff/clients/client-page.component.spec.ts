import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { ChangeRequest, ClientOverview, ClientTariff } from '../staff-api';
import { ClientPageComponent } from './client-page.component';

const ORGANIZATION_ID = '00000000-0000-4000-8000-000000000001';
const USER_ID = '00000000-0000-4000-8000-000000000002';

const CLIENT: ClientOverview = {
  id: ORGANIZATION_ID,
  name: 'ТОО «Демо Сауда»',
  legalForm: 'LEGAL_ENTITY',
  binIin: '940140000385',
  address: 'Алматы, Абай даңғылы, 1',
  noneMayPrepare: false,
  standardConnected: true,
  createdAt: '2026-12-04T10:00:00Z',
  accounts: [
    { id: 'acc-1', iban: 'KZ86998KZT5004100100', currency: 'KZT', title: 'Current account', status: 'OPEN' },
  ],
  users: [
    {
      id: USER_ID,
      fullName: 'Айгерім Бекова',
      iin: '850312400118',
      phone: '+77010000011',
      email: null,
      signatureRight: 'SINGLE',
      channels: ['STANDARD', 'LIGHT'],
      status: 'ACTIVE',
      devices: [{ id: 'dev-1', kind: 'CARD', serial: 'DEMO-CARD-11', status: 'ACTIVE', blockedReason: null }],
      certificates: [
        {
          id: 'cert-1',
          purpose: 'SIGNING',
          subject: 'CN=Айгерім Бекова, serialNumber=IIN850312400118',
          serialNumber: '51607b63',
          status: 'ACTIVE',
          notBefore: '2026-12-05T10:00:00Z',
          notAfter: '2027-12-05T10:00:00Z',
        },
      ],
      registrations: [
        {
          registrationId: 'reg-1',
          status: 'AWAITING_TOKEN',
          open: true,
          tokenSerial: null,
          reissueId: null,
          startedAt: '2026-12-04T10:00:00Z',
          updatedAt: '2026-12-04T10:00:00Z',
        },
      ],
      reissues: [
        {
          reissueId: 'rei-1',
          status: 'COMPLETED',
          open: false,
          reason: 'PIN_FORGOTTEN',
          startedBy: 'MANAGER',
          registrationId: null,
          startedAt: '2026-11-20T10:00:00Z',
          updatedAt: '2026-11-20T11:00:00Z',
        },
      ],
    },
  ],
};

const TARIFF: ClientTariff = {
  plan: 'STANDARD_CONNECTED',
  monthlyFeeTiyn: 0,
  monthlyFee: '0.00',
  charges: [],
};

function aRequest(status: ChangeRequest['status']): Partial<ChangeRequest> {
  return { id: '00000000-0000-4000-8000-0000000000cc', type: 'BLOCK_USER', status };
}

describe(ClientPageComponent.name, () => {
  let fixture: ComponentFixture<ClientPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function answerLoad(client: ClientOverview = CLIENT): Promise<void> {
    (await nextRequest(http, `/api/manager/organizations/${ORGANIZATION_ID}/overview`)).flush(client);
    (await nextRequest(http, (r) => r.url === '/api/manager/change-requests')).flush([]);
    (await nextRequest(http, `/api/manager/organizations/${ORGANIZATION_ID}/tariff`)).flush(TARIFF);
    await settle(fixture);
  }

  async function open(client: ClientOverview = CLIENT): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientPageComponent);
    fixture.componentRef.setInput('id', ORGANIZATION_ID);
    await answerLoad(client);
  }

  const element = (selector: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
  const user = () => element(`article[data-user="Айгерім Бекова"]`)!;
  const button = (root: HTMLElement, text: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (each) => each.textContent?.trim() === text,
    )!;

  it('shows a user’s device, certificate with its validity, token registrations and reissues', async () => {
    await open();

    expect(user().querySelector('[data-device="DEMO-CARD-11"]')?.textContent).toContain('Active');
    expect(user().textContent).toContain('valid 05.12.2026 – 05.12.2027');
    expect(user().querySelector('[data-registration="reg-1"]')?.textContent).toContain(
      'Waiting for the token',
    );
    expect(user().querySelector('[data-reissue="rei-1"]')?.textContent).toContain('Token password forgotten');
    expect(user().querySelector('[data-reissue="rei-1"]')?.textContent).toContain('Completed');
  });

  it('sends blocking a user as a change request and says it waits for a second manager', async () => {
    await open();
    button(user(), 'Block user').click();
    const submitted = await nextRequest(http, '/api/manager/change-requests');
    expect(submitted.request.body).toEqual({ change: { type: 'BLOCK_USER', userId: USER_ID } });
    submitted.flush(aRequest('PENDING_CHECK'));
    await answerLoad();

    expect(element('.outcome')?.textContent).toContain('Sent for checking');
    expect(element('.outcome a')?.getAttribute('href')).toBe(
      '/staff/changes/00000000-0000-4000-8000-0000000000cc',
    );
  });

  it('says a change the bank exempts from checking was applied at once', async () => {
    await open();
    button(user(), 'Send a temporary password by SMS').click();
    (await nextRequest(http, '/api/manager/change-requests')).flush(aRequest('APPLIED'));
    await answerLoad();

    expect(element('.outcome')?.textContent).toContain('Applied at once');
  });

  it('says why a change was refused, and changes nothing on the page', async () => {
    await open();
    button(user(), 'Block user').click();
    refuse(await nextRequest(http, '/api/manager/change-requests'), 409, 'CHANGE_REQUEST_DUPLICATE', {
      field: 'change.userId',
    });
    await settle(fixture);

    expect(element('.outcome[role="alert"]')?.textContent?.trim()).toBeTruthy();
    expect(element('.outcome')?.textContent).not.toContain('CHANGE_REQUEST_DUPLICATE');
    expect(user().querySelector('.badge')?.textContent).toBe('Active');
  });

  /** Clicks what sends a change and answers the change it submitted. */
  async function submitted(click: () => void): Promise<unknown> {
    click();
    const request = await nextRequest(http, '/api/manager/change-requests');
    request.flush(aRequest('PENDING_CHECK'));
    await answerLoad();
    return (request.request.body as { change: unknown }).change;
  }

  it('sends the Standard channel’s means as change requests: a log-in, a PIN envelope, a reissue and a cancelled registration', async () => {
    await open();
    expect(await submitted(() => button(user(), 'Issue a Standard log-in').click())).toEqual({
      type: 'ISSUE_STANDARD_CREDENTIALS',
      userId: USER_ID,
    });
    expect(await submitted(() => button(user(), 'PIN envelope with a new card').click())).toEqual({
      type: 'ISSUE_REGISTRATION_CREDENTIALS',
      userId: USER_ID,
      newCard: true,
    });
    expect(await submitted(() => button(user(), 'Start a token reissue').click())).toEqual({
      type: 'START_TOKEN_REISSUE',
      userId: USER_ID,
      reason: 'PIN_FORGOTTEN',
    });
    const registration = user().querySelector<HTMLElement>('[data-registration="reg-1"]')!;
    expect(await submitted(() => button(registration, 'Cancel the registration').click())).toEqual({
      type: 'CANCEL_TOKEN_REGISTRATION',
      registrationId: 'reg-1',
      reason: 'CLIENT_ASKED',
    });
    expect(element('.outcome')?.textContent).toContain('Sent for checking');
  });

  it('offers a new OTP device only to a user whose devices are all revoked', async () => {
    const revoked = JSON.parse(JSON.stringify(CLIENT)) as ClientOverview;
    revoked.users[0]!.devices[0]!.status = 'REVOKED';
    await open(revoked);
    const issue = user().querySelector<HTMLElement>('.issue-device')!;
    issue.querySelector('select')!.value = 'TOKEN';
    issue.querySelector('button')!.click();
    const request = await nextRequest(http, '/api/manager/change-requests');
    expect(request.request.body).toEqual({
      change: { type: 'ISSUE_OTP_DEVICE', userId: USER_ID, kind: 'TOKEN' },
    });
    request.flush(aRequest('PENDING_CHECK'));
    await answerLoad();
    // With a live device there is nothing to issue: the manager replaces it instead.
    expect(user().querySelector('.issue-device')).toBeNull();
  });
});
