import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest } from '../testing/http';
import { aClient, aSession, answerSession } from '../testing/session';
import { routes } from './app.routes';
import type { SessionView } from './core/auth/session';
import { HomePageComponent } from './home/home-page.component';
import { LoginPageComponent } from './login/login-page.component';
import { NotFoundPageComponent } from './not-found/not-found-page.component';
import { RegistrationPageComponent } from './registration/registration-page.component';
import { ReissuePageComponent } from './reissue/reissue-page.component';
import { TokenPinPageComponent } from './token-pin/token-pin-page.component';
import { TokenAgent } from './core/signer/token-agent';
import { provideScreenTesting } from '../testing/screen';

describe('routes', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  /** Navigates as a user in this session; `undefined` for a page that does not ask about one. */
  async function navigateTo(
    url: string,
    session: SessionView | 'signed-out' | undefined,
  ): Promise<RouterTestingHarness> {
    // Pages that read the connected tokens find none: no signing agent runs here.
    const noTokens: Partial<TokenAgent> = { connectedTokens: async () => [] };
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        ...provideScreenTesting(),
        { provide: TokenAgent, useValue: noTokens },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    if (session) await answerSession(TestBed.inject(HttpTestingController), session);
    await navigation;
    return harness;
  }

  it('opens the accounts home page at the root address for a logged-in user', async () => {
    const harness = await navigateTo('/', aSession());
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/accounts')).flush([]);
    await harness.fixture.whenStable();

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(HomePageComponent);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Accounts');
  });

  it('sends a signed-out user to log-in, remembering where they wanted to go', async () => {
    const harness = await navigateTo('/documents', 'signed-out');

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(LoginPageComponent);
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fdocuments');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Log in to internet banking');
  });

  it('does not let a Mobile-channel user open the payment form: the documents list opens instead', async () => {
    const harness = await navigateTo('/documents/new', aSession(aClient({ channel: 'MOBILE' })));

    expect(TestBed.inject(Router).url).toBe('/documents');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Documents');
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne((request) => request.url === '/api/documents')
      .flush({ items: [], page: 1, pageSize: 20, total: 0 });
    http.expectOne('/api/accounts').flush([]);
  });

  it('opens the token registration wizard for a client who is not logged in', async () => {
    const harness = await navigateTo('/register', 'signed-out');

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(RegistrationPageComponent);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Register your token');
  });

  it('opens the token reissue wizard for a client who is not logged in', async () => {
    const harness = await navigateTo('/reissue', 'signed-out');

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(ReissuePageComponent);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Reissue your token');
  });

  it('sends a logged-in user away from the reissue wizard: it is for those who cannot log in', async () => {
    const harness = await navigateTo('/reissue', aSession());
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/accounts')).flush([]);
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it.each([
    ['signed out', 'signed-out' as const],
    ['signed in', aSession()],
  ])('opens the token password page for a client %s', async (_who, session) => {
    const harness = await navigateTo('/token', session);

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(TokenPinPageComponent);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Token password');
  });

  it('shows "Page not found", with a way back home, for an unknown address', async () => {
    const harness = await navigateTo('/no/such/page', undefined);
    const page = harness.routeNativeElement;

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(NotFoundPageComponent);
    expect(page?.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page?.querySelector('a[href="/"]')?.textContent).toBe('Go to the home page');
  });
});
