import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import { settle } from '../../testing/settle';
import { RegistrationAgent } from './registration-agent';
import { RegistrationPageComponent } from './registration-page.component';
import { REGISTRATION_POLL_MS } from './registration.store';
import type { ConnectedToken } from '../core/signer/tokens';
import type { RegistrationView } from './registration';
import { aRegistration, TOKEN } from './registration.fixtures';

describe(RegistrationPageComponent.name, () => {
  let fixture: ComponentFixture<RegistrationPageComponent>;
  let http: HttpTestingController;
  let tokens: ConnectedToken[];

  afterEach(() => {
    fixture.destroy();
    http.verify();
  });

  async function open(): Promise<void> {
    tokens = [TOKEN];
    const agent: Partial<RegistrationAgent> = {
      connectedTokens: async () => tokens,
      listTokens: async () => tokens,
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ...provideScreenTesting(),
        { provide: RegistrationAgent, useValue: agent },
        { provide: REGISTRATION_POLL_MS, useValue: 60_000 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RegistrationPageComponent);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function type(selector: string, value: string): Promise<void> {
    const input = page().querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  async function click(selector: string): Promise<void> {
    const target = page().querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`nothing on the page matches ${selector}`);
    target.click();
    await settle(fixture);
  }

  /** Enters the credentials and lets the bank answer with this registration. */
  async function enterCredentials(registration: RegistrationView): Promise<void> {
    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEFGHJKL');
    await click('button.open-registration');
    (await nextRequest(http, '/api/registrations')).flush({
      accessKey: 'key',
      accessExpiresAt: '2026-03-16T09:30:00Z',
      registration,
    });
    await settle(fixture);
    await settle(fixture);
  }

  it('shows the steps with the first one current and says the registration may take up to 5 minutes', async () => {
    await open();

    expect(text('.duration')).toContain('up to 5 minutes');
    const steps = [...page().querySelectorAll('.wizard-steps .name')].map((name) => name.textContent?.trim());
    expect(steps).toEqual(['Details', 'Token', 'Password', 'Keys', 'Issuance', 'Writing', 'Done']);
    expect(page().querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('credentials');
  });

  it('points out a PIN that is not 11 characters, without asking the bank', async () => {
    await open();

    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEF');
    await click('button.open-registration');

    http.expectNone('/api/registrations');
    expect(page().querySelector('#reg-pin')?.getAttribute('aria-invalid')).toBe('true');
    expect(text('#reg-pin-hint')).toBe('The PIN from the OTP card has 11 characters.');
  });

  it('explains wrong credentials in words, naming neither of the two', async () => {
    await open();

    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEFGHJKX');
    await click('button.open-registration');
    refuse(await nextRequest(http, '/api/registrations'), 401, 'REGISTRATION_CREDENTIALS_INVALID');
    await settle(fixture);

    expect(text('.wizard-error')).toBe(
      'The user ID or the PIN is not right. Check both against the acceptance act and the OTP card and try again. After 5 wrong PINs the card is blocked.',
    );
    expect(page().querySelector<HTMLInputElement>('#reg-pin')?.value).toBe('');
  });

  it('offers to continue the reissue the bank says comes first', async () => {
    await open();

    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEFGHJKL');
    await click('button.open-registration');
    refuse(await nextRequest(http, '/api/registrations'), 409, 'REGISTRATION_REISSUE_IN_PROGRESS');
    await settle(fixture);

    expect(text('.wizard-error')).toContain('A reissue of your token is in progress');
    const link = page().querySelector<HTMLAnchorElement>('a.continue-reissue');
    expect(link?.textContent?.trim()).toBe('Continue the reissue of your token');
    expect(link?.getAttribute('href')).toBe('/reissue');
  });

  it('lists the new token as "KAZTOKEN - ?" on the token step', async () => {
    await open();

    await enterCredentials(aRegistration());

    expect(page().querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('token');
    expect(text('.token-name')).toBe('KAZTOKEN - ?');
    expect(page().querySelector('button.register-this-token')).not.toBeNull();
  });

  it('refuses two connected tokens with a clear message and offers no registration', async () => {
    await open();
    tokens = [TOKEN, { ...TOKEN, slotId: '2b', serialNumber: 'FFEE0011', label: 'Other LLP', empty: false }];

    await enterCredentials(aRegistration());

    expect(text('.several-tokens')).toBe(
      'More than one token is connected. Leave only the token you are registering: another one may belong to another organization.',
    );
    expect(page().querySelector('button.register-this-token')).toBeNull();
    expect(page().querySelectorAll('.token')).toHaveLength(2);
  });

  it('continues a registration at the keys step, where the CA refused the last requests', async () => {
    await open();

    await enterCredentials(
      aRegistration({
        status: 'AWAITING_KEYS',
        token: { serialNumber: '0A1B2C3D', label: 'KAZTOKEN', model: 'KAZTOKEN' },
        refusal: { code: 'CA_REQUEST_REJECTED', message: 'Key in use' },
      }),
    );

    expect(page().querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('keys');
    expect(text('.wizard-notice')).toBe('Your registration continues where you stopped.');
    expect(text('.ca-refusal')).toContain('code CA_REQUEST_REJECTED');
    expect(page().querySelector('button.make-keys')).not.toBeNull();
  });

  it('says the profile is ready and offers log-in with EDS when the registration is complete', async () => {
    await open();

    await enterCredentials(
      aRegistration({
        status: 'COMPLETED',
        token: { serialNumber: '0A1B2C3D', label: 'KAZTOKEN', model: 'KAZTOKEN' },
        certificates: [
          { purpose: 'SIGNING', serialNumber: '01', certificate: 'AA==', notAfter: '2027-03-16T00:00:00Z' },
        ],
      }),
    );

    expect(text('[data-step="done"] .alert')).toContain('Your EDS profile is ready');
    const login = page().querySelector<HTMLAnchorElement>('a.login-with-eds');
    expect(login?.textContent?.trim()).toBe('Log in with EDS');
    expect(login?.getAttribute('href')).toBe('/login?method=standard');
  });
});
