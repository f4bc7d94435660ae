import { describe, expect, it } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from './app.routes';
import { HomePageComponent } from './home/home-page.component';
import { NotFoundPageComponent } from './not-found/not-found-page.component';

describe('routes', () => {
  async function navigateTo(url: string): Promise<RouterTestingHarness> {
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting()],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness;
  }

  it('opens the home page at the root address', async () => {
    const harness = await navigateTo('/');

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(HomePageComponent);
  });

  it('shows "Page not found", with a way back home, for an unknown address', async () => {
    const harness = await navigateTo('/no/such/page');
    const page = harness.routeNativeElement;

    expect(harness.routeDebugElement?.componentInstance).toBeInstanceOf(NotFoundPageComponent);
    expect(page?.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page?.querySelector('a[href="/"]')?.textContent).toBe('Go to the home page');
  });
});
