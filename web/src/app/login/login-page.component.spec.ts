import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../testing/http';
import { aClient, aSession } from '../../testing/session';
import { settle } from '../../testing/settle';
import { LoginPageComponent } from './login-page.component';
import { provideScreenTesting } from '../../testing/screen';

@Component({ template: '<h1>Signed in</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class StubPageComponent {}

const INVALID = 'Could not log in with these details. Check them and try again.';

describe(LoginPageComponent.name, () => {
  let fixture: ComponentFixture<LoginPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(inputs: { reason?: string; returnUrl?: string; method?: string } = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: StubPageComponent }]), ...provideScreenTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPageComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await settle(fixture);
  }

  function element<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
    if (!found) throw new Error(`nothing on the page matches ${selector}`);
    return found;
  }

  function text(selector: string): string {
    return (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim() ?? '';
  }

  async function type(selector: string, value: string): Promise<void> {
    element<HTMLInputElement>(selector).value = value;
    element(selector).dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  async function logInByPhone(binIin = '040540001230'): Promise<void> {
    await type('#login-phone', '+7 701 234 5678');
    await type('#login-bin', binIin);
    await type('#login-password', 'Secret123');
    element<HTMLButtonElement>('button.submit').click();
    await settle(fixture);
  }

  async function logInStandard(): Promise<void> {
    element<HTMLButtonElement>('.methods button:nth-child(2)').click();
    await settle(fixture);
    await type('#login-login', 'aigerim');
    await type('#login-standard-password', 'Secret123');
    element<HTMLButtonElement>('button.submit').click();
    await settle(fixture);
  }

  describe('a failed log-in', () => {
    const refusals = [
      [401, 'AUTH_INVALID_CREDENTIALS'],
      [401, 'AUTH_UNAUTHENTICATED'],
      [404, 'AUTH_USER_NOT_FOUND'],
      [400, 'VALIDATION_FAILED'],
    ] as const;

    it.each(refusals)(
      'says the same, naming no factor, whatever the server answered (%i %s) by phone',
      async (status, code) => {
        await open();

        await logInByPhone();
        refuse(await nextRequest(http, '/api/auth/login/phone'), status, code);
        await settle(fixture);

        expect(text('.login-error')).toBe(INVALID);
        expect(element<HTMLInputElement>('#login-password').value).toBe('');
        expect(element<HTMLInputElement>('#login-bin').value).toBe('040540001230');
      },
    );

    it.each(refusals)('says the same for a Standard log-in (%i %s)', async (status, code) => {
      await open();

      await logInStandard();
      refuse(await nextRequest(http, '/api/auth/login/standard'), status, code);
      await settle(fixture);

      expect(text('.login-error')).toBe(INVALID);
      expect(element<HTMLInputElement>('#login-standard-password').value).toBe('');
    });

    it('tells a blocked user that access is blocked and whom to contact', async () => {
      await open();

      await logInByPhone();
      refuse(await nextRequest(http, '/api/auth/login/phone'), 403, 'AUTH_USER_BLOCKED');
      await settle(fixture);

      expect(text('.login-error')).toBe(
        'Your access is blocked. Contact your account manager at the bank to unblock it.',
      );
    });

    it('asks the user to wait after too many attempts', async () => {
      await open();

      await logInStandard();
      refuse(await nextRequest(http, '/api/auth/login/standard'), 429, 'AUTH_TOO_MANY_ATTEMPTS');
      await settle(fixture);

      expect(text('.login-error')).toBe('Too many failed attempts. Wait a few minutes and try again.');
    });
  });

  describe('the BIN/IIN field', () => {
    it('says a BIN/IIN is 12 digits before anything is typed', async () => {
      await open();

      expect(element('#login-bin').getAttribute('aria-describedby')).toBe('login-bin-hint');
      expect(text('#login-bin-hint')).toBe('12 digits');
    });

    it('points out a BIN/IIN that is not 12 digits, without asking the server', async () => {
      await open();

      await logInByPhone('04054000123');

      expect(element('#login-bin').getAttribute('aria-invalid')).toBe('true');
      expect(text('#login-bin-hint')).toBe('A BIN/IIN is 12 digits.');
      http.expectNone('/api/auth/login/phone');
    });
  });

  describe('a successful log-in', () => {
    it('sends the phone credentials with the chosen channel and returns where the user was', async () => {
      await open({ returnUrl: '/documents?status=AWAITING_SIGNATURES' });

      await logInByPhone();
      const request = await nextRequest(http, '/api/auth/login/phone');
      expect(request.request.body).toEqual({
        phone: '+7 701 234 5678',
        binIin: '040540001230',
        password: 'Secret123',
        channel: 'LIGHT',
      });
      request.flush(aSession(aClient({ channel: 'LIGHT' })));
      await settle(fixture);

      expect(TestBed.inject(Router).url).toBe('/documents?status=AWAITING_SIGNATURES');
    });

    it('never follows a return address that leads off the site', async () => {
      await open({ returnUrl: '//evil.example/phish' });

      await logInStandard();
      (await nextRequest(http, '/api/auth/login/standard')).flush(aSession());
      await settle(fixture);

      expect(TestBed.inject(Router).url).toBe('/');
    });

    it('continues to the password change on a first log-in', async () => {
      await open();

      await logInStandard();
      (await nextRequest(http, '/api/auth/login/standard')).flush({
        ...aSession(),
        passwordChangeRequired: true,
      });
      await settle(fixture);

      expect(TestBed.inject(Router).url).toBe('/password');
    });
  });

  describe('token registration', () => {
    it('is offered on the Standard part, to clients who have no certificate yet', async () => {
      await open();
      expect((fixture.nativeElement as HTMLElement).querySelector('a.register-token')).toBeNull();

      element<HTMLButtonElement>('.methods button:nth-child(2)').click();
      await settle(fixture);

      expect(text('a.register-token')).toBe('Register a token');
      expect(element('a.register-token').getAttribute('href')).toBe('/register');
    });

    it('offers the reissue and the token password pages on the Standard part', async () => {
      await open();

      element<HTMLButtonElement>('.methods button:nth-child(2)').click();
      await settle(fixture);

      expect(text('a.reissue-token')).toBe('Reissue / lost token PIN');
      expect(element('a.reissue-token').getAttribute('href')).toBe('/reissue');
      expect(text('a.token-pin')).toBe('Token password');
      expect(element('a.token-pin').getAttribute('href')).toBe('/token');
    });

    it('sends the client back to the Standard part with ?method=standard once registered', async () => {
      await open({ method: 'standard' });

      expect(element('.methods button:nth-child(2)').getAttribute('aria-pressed')).toBe('true');
      expect(text('.eds h2')).toBe('Log in with EDS');
    });
  });

  it('explains that the session ended when the user was sent back here', async () => {
    await open({ reason: 'expired' });

    expect(text('.notice')).toBe('Your session has ended. Please log in again.');
  });
});
