import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import { aClient, aSession, answerSession } from '../../testing/session';
import type { ClientPrincipal } from '../core/auth/session';
import { APPLICATIONS_ROUTES } from './applications.routes';

describe('APPLICATIONS_ROUTES', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function navigateAs(user: ClientPrincipal, url: string): Promise<RouterTestingHarness> {
    TestBed.configureTestingModule({
      providers: [provideRouter(APPLICATIONS_ROUTES, withComponentInputBinding()), ...provideScreenTesting()],
    });
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await answerSession(TestBed.inject(HttpTestingController), aSession(user));
    await navigation;
    return harness;
  }

  it('does not open a currency application’s form on Mobile: the choice of kinds opens instead', async () => {
    await navigateAs(aClient({ channel: 'MOBILE' }), '/applications/new/CURRENCY_PURCHASE');

    expect(TestBed.inject(Router).url).toBe('/applications/new');
  });

  it('opens a service application’s form on Mobile', async () => {
    const harness = await navigateAs(aClient({ channel: 'MOBILE' }), '/applications/new/LETTER');
    (await nextRequest(TestBed.inject(HttpTestingController), '/api/accounts')).flush([]);
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/applications/new/LETTER');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe(
      'New application: Letter to the bank',
    );
  });
});
