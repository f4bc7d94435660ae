import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import { settle } from '../../testing/settle';
import { TokenAgent } from '../core/signer/token-agent';
import type { ConnectedToken } from '../core/signer/tokens';
import type { RegistrationView } from '../registration/registration';
import { RegistrationAgent } from '../registration/registration-agent';
import { REGISTRATION_POLL_MS } from '../registration/registration.store';
import type { ReissueView } from './reissue';
import { ReissuePageComponent } from './reissue-page.component';

const TOKEN: ConnectedToken = {
  slotId: '1a',
  label: 'Aigerim',
  manufacturer: 'Kazakhtelecom',
  model: 'KAZTOKEN',
  serialNumber: '0A1B2C3D',
  initialized: true,
  userPinLocked: false,
  empty: false,
};
const ON_TOKEN = { token: { serialNumber: TOKEN.serialNumber, label: TOKEN.label, model: TOKEN.model } };
const HOLDER = {
  name: 'Aigerim Bekova',
  iin: '850312400118',
  bin: '940140000385',
  organizationName: 'Demo LLP',
};
const REGISTRATION_ID = '5f0c1e2d-0000-4000-8000-000000000002';

function aReissue(overrides: Partial<ReissueView> = {}): ReissueView {
  return {
    reissueId: '7a0c1e2d-0000-4000-8000-000000000001',
    status: 'AWAITING_TOKEN',
    reason: 'PIN_FORGOTTEN',
    startedBy: 'CLIENT',
    holder: HOLDER,
    token: null,
    revoked: [],
    registrationId: null,
    startedAt: '2026-03-16T09:00:00Z',
    expiresAt: '2026-03-30T09:00:00Z',
    ...overrides,
  };
}

function aRegistration(overrides: Partial<RegistrationView> = {}): RegistrationView {
  return {
    registrationId: REGISTRATION_ID,
    registrationTag: '5f0c1e2d000040008000000',
    status: 'AWAITING_PASSWORD',
    validityDays: 365,
    holder: HOLDER,
    ...ON_TOKEN,
    certificates: [],
    refusal: null,
    startedAt: '2026-03-16T09:05:00Z',
    expiresAt: '2026-03-30T09:05:00Z',
    ...overrides,
  };
}

describe(ReissuePageComponent.name, () => {
  let fixture: ComponentFixture<ReissuePageComponent>;
  let http: HttpTestingController;

  afterEach(() => {
    fixture.destroy();
    http.verify();
  });

  async function open(): Promise<void> {
    const agent: Partial<RegistrationAgent> = {
      connectedTokens: async () => [TOKEN],
      listTokens: async () => [TOKEN],
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ...provideScreenTesting(),
        { provide: TokenAgent, useValue: agent },
        { provide: RegistrationAgent, useValue: agent },
        { provide: REGISTRATION_POLL_MS, useValue: 60_000 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReissuePageComponent);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const currentStep = () => page().querySelector('[aria-current="step"]')?.getAttribute('data-step');

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

  /** Enters the credentials and the reason, and lets the bank answer with this reissue. */
  async function enterCredentials(reissue: ReissueView): Promise<void> {
    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEFGHJKL');
    await click('input[name="reason"][value="PIN_FORGOTTEN"]');
    await click('button.open-registration');
    const request = await nextRequest(http, '/api/reissues');
    expect(request.request.body).toEqual({
      registrationUserId: 'qq111111_qwertyui',
      pin: 'ABCDEFGHJKL',
      reason: 'PIN_FORGOTTEN',
    });
    request.flush({ accessKey: 'key', accessExpiresAt: '2026-03-16T09:30:00Z', reissue });
    await settle(fixture);
    await settle(fixture);
  }

  it('shows the reissue steps with the first current, each reason, and a way to unblock instead', async () => {
    await open();

    // Long names may break at their soft hyphens, under a narrow step.
    const steps = [...page().querySelectorAll('.wizard-steps .name')].map((name) =>
      name.textContent?.replace(/\u00ad/g, '').trim(),
    );
    expect(steps).toEqual(['Details', 'Token', 'Revocation', 'Formatting', 'Registration', 'Done']);
    expect(currentStep()).toBe('credentials');
    expect(text('.duration')).toContain('up to 5 minutes');
    const reasons = [...page().querySelectorAll('.reasons label')].map((label) => label.textContent?.trim());
    expect(reasons).toEqual([
      'I forgot the token password, or it is locked',
      'My certificates expire soon',
      'The token or its password may be known to someone else',
      'I have a new token (the old one was lost or broken)',
    ]);
    expect(page().querySelector('.only-locked a')?.getAttribute('href')).toBe('/token');
  });

  it('asks for the reason before asking the bank', async () => {
    await open();

    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEFGHJKL');
    await click('button.open-registration');

    http.expectNone('/api/reissues');
    expect(text('.reason-missing')).toBe('Choose the reason for the reissue.');
  });

  it('explains wrong credentials in the words of the registration', async () => {
    await open();

    await type('#reg-user-id', 'qq111111_qwertyui');
    await type('#reg-pin', 'ABCDEFGHJKX');
    await click('input[name="reason"][value="EXPIRING"]');
    await click('button.open-registration');
    refuse(await nextRequest(http, '/api/reissues'), 401, 'REGISTRATION_CREDENTIALS_INVALID');
    await settle(fixture);

    expect(text('.wizard-error')).toContain('The user ID or the PIN is not right.');
    expect(page().querySelector<HTMLInputElement>('#reg-pin')?.value).toBe('');
  });

  it('lists the one token to reissue and says the certificates are revoked once it is chosen', async () => {
    await open();

    await enterCredentials(aReissue());

    expect(currentStep()).toBe('token');
    expect(text('.token-name')).toBe('Aigerim');
    expect(text('.reason-line')).toBe('Reason: I forgot the token password, or it is locked');
    expect(text('section[data-step="token"]')).toContain('the bank revokes your current certificates');
    expect(page().querySelector('button.reissue-this-token')).not.toBeNull();
  });

  it('explains the formatting: revoked certificates, the keys destroyed, the administrator password', async () => {
    await open();

    await enterCredentials(aReissue({ status: 'AWAITING_FORMAT', ...ON_TOKEN, revoked: ['0a1b', '0c2d'] }));

    expect(currentStep()).toBe('format');
    expect(text('.revoked')).toBe('Your old certificates are revoked (2): 0a1b, 0c2d');
    expect(text('.destroys')).toContain('Formatting destroys every key and certificate on the token');
    expect(text('.agent-fields')).toContain('administrator password — 87654321 unless you changed it');
    expect(text('.agent-fields')).toContain(
      'tick that you understand everything on the token will be destroyed',
    );
    expect(text('button.format-token')).toBe('Format the token');
    expect(page().querySelector('button.cancel-reissue')).not.toBeNull();
  });

  it('goes on with the registration steps, the password set while formatting', async () => {
    await open();

    await enterCredentials(
      aReissue({ status: 'REGISTERING', ...ON_TOKEN, revoked: ['0a1b'], registrationId: REGISTRATION_ID }),
    );
    (await nextRequest(http, '/api/registrations/current')).flush(aRegistration());
    await settle(fixture);
    await settle(fixture);

    expect(currentStep()).toBe('register');
    expect(text('section[data-step="password"] .password-already-set')).toBe(
      'You set this token’s new password while formatting it. Continue with that password.',
    );
    expect(page().querySelector('button.set-password')).toBeNull();
    expect(page().querySelector('button.continue-password')).not.toBeNull();
    expect(page().querySelector('#reg-user-id')).toBeNull();
  });

  it('says the token is reissued when its registration is complete, and offers log-in with EDS', async () => {
    await open();

    await enterCredentials(aReissue({ status: 'COMPLETED', ...ON_TOKEN, registrationId: REGISTRATION_ID }));
    (await nextRequest(http, '/api/registrations/current')).flush(
      aRegistration({
        status: 'COMPLETED',
        certificates: [
          { purpose: 'SIGNING', serialNumber: '01', certificate: 'AA==', notAfter: '2027-03-16T00:00:00Z' },
        ],
      }),
    );
    await settle(fixture);
    await settle(fixture);

    expect(currentStep()).toBe('done');
    expect(text('.reissued')).toBe(
      'Your token is reissued: the old certificates are revoked, the new ones are on the token.',
    );
    expect(page().querySelector('a.login-with-eds')?.getAttribute('href')).toBe('/login?method=standard');
  });
});
