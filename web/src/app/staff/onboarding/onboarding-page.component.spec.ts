import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import { OnboardingPageComponent } from './onboarding-page.component';

const REQUEST_ID = '00000000-0000-4000-8000-0000000000cc';

describe(OnboardingPageComponent.name, () => {
  let fixture: ComponentFixture<OnboardingPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'staff/changes/:id', children: [] }]), ...provideScreenTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OnboardingPageComponent);
    await settle(fixture);
  }

  const element = <T extends HTMLElement = HTMLElement>(selector: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(selector);

  async function type(id: string, value: string): Promise<void> {
    const input = element<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle(fixture);
  }

  async function press(selector: string): Promise<void> {
    element<HTMLButtonElement>(selector)!.click();
    await settle(fixture);
  }

  /** Organization, one account, two signers (FIRST and SECOND), then the review. */
  async function fillToReview(): Promise<void> {
    await type('organization-name', 'ТОО "Жаңа Клиент"');
    await type('organization-binIin', '261140000013');
    await type('organization-address', 'Алматы, Абай даңғылы, 10');
    await press('button.next');
    await type('accounts-0-iban', 'KZ86998KZT5004100100');
    await type('accounts-0-title', 'Текущий счёт');
    await press('button.next');
    await type('users-0-fullName', 'Дина Бірінші');
    await type('users-0-iin', '871008401427');
    await type('users-0-signatureRight', 'FIRST');
    await press('button.add-user');
    await type('users-1-fullName', 'Ержан Екінші');
    await type('users-1-iin', '880101300123');
    await type('users-1-signatureRight', 'SECOND');
    await press('button.next');
    expect(element('section.review')).not.toBeNull();
  }

  it('does not leave a step with a required field empty, and says which', async () => {
    await open();
    await type('organization-name', 'ТОО "Жаңа Клиент"');
    await press('button.next');

    expect(element('#organization-binIin')?.getAttribute('aria-invalid')).toBe('true');
    expect(element('#organization-binIin-message.field-error')).not.toBeNull();
    expect(element('#accounts-0-iban')).toBeNull();
  });

  it('sends the whole client as one change request, then shows that request', async () => {
    await open();
    await fillToReview();
    await press('button.submit');
    const submitted = await nextRequest(http, '/api/manager/change-requests');
    const change = (submitted.request.body as { change: Record<string, unknown> }).change;
    expect(change).toMatchObject({
      type: 'ONBOARD_CLIENT',
      organization: { name: 'ТОО "Жаңа Клиент"', binIin: '261140000013', legalForm: 'LEGAL_ENTITY' },
      accounts: [{ iban: 'KZ86998KZT5004100100', currency: 'KZT', title: 'Текущий счёт' }],
      users: [
        { fullName: 'Дина Бірінші', signatureRight: 'FIRST' },
        { fullName: 'Ержан Екінші', signatureRight: 'SECOND' },
      ],
    });
    submitted.flush({ id: REQUEST_ID, status: 'PENDING_CHECK' });
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe(`/staff/changes/${REQUEST_ID}`);
  });

  it('takes a refusal of the second user’s IIN back to the users step, at that field', async () => {
    await open();
    await fillToReview();
    await press('button.submit');
    refuse(await nextRequest(http, '/api/manager/change-requests'), 422, 'ORG_USER_IIN_INVALID', {
      field: 'change.users.1.iin',
    });
    await settle(fixture);

    expect(element('section.review')).toBeNull();
    expect(element('#users-1-iin')?.getAttribute('aria-invalid')).toBe('true');
    expect(element('#users-1-iin-message.field-error')?.textContent?.trim()).toBeTruthy();
    expect(element('#users-0-iin')?.getAttribute('aria-invalid')).toBe('false');
    expect(element('[role="alert"]')?.textContent).not.toContain('ORG_USER_IIN_INVALID');
  });

  it('takes a validation failure to its field by the first violation’s name', async () => {
    await open();
    await fillToReview();
    await press('button.submit');
    refuse(await nextRequest(http, '/api/manager/change-requests'), 400, 'VALIDATION_FAILED', {
      violations: [{ field: 'change.accounts.0.iban', code: 'PAYMENT_IBAN_CHECKSUM', message: 'bad' }],
    });
    await settle(fixture);

    expect(element('#accounts-0-iban')?.getAttribute('aria-invalid')).toBe('true');
  });
});
