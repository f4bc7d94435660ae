import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideScreenTesting } from '../../../testing/screen';
import { aClient, signIn } from '../../../testing/session';
import { settle } from '../../../testing/settle';
import type { ClientPrincipal } from '../../core/auth/session';
import { NewApplicationPageComponent } from './new-application-page.component';

describe(NewApplicationPageComponent.name, () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  /** The kinds offered to this user, by the links on the page. */
  async function offeredTo(user: ClientPrincipal): Promise<string[]> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    await signIn(TestBed.inject(HttpTestingController), user);
    const fixture = TestBed.createComponent(NewApplicationPageComponent);
    await settle(fixture);
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('a.kind-link')].map(
      (link) => link.getAttribute('href') ?? '',
    );
  }

  it('offers a Mobile user only service applications, never currency ones', async () => {
    const offered = await offeredTo(aClient({ channel: 'MOBILE' }));

    expect(offered).toEqual([
      '/applications/new/CASH_WITHDRAWAL',
      '/applications/new/CASH_LODGEMENT',
      '/applications/new/TENDER_GUARANTEE',
      '/applications/new/BANK_CERTIFICATE',
      '/applications/new/BANK_DETAILS_CHANGE',
      '/applications/new/LETTER',
    ]);
  });

  it.each(['STANDARD', 'LIGHT'] as const)('offers a %s user currency applications too', async (channel) => {
    const offered = await offeredTo(aClient({ channel }));

    expect(offered).toHaveLength(10);
    expect(offered).toContain('/applications/new/FX_TRANSFER');
    expect(offered).toContain('/applications/new/CURRENCY_CONVERSION');
  });
});
