import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideFakeEventSources } from '../testing/fake-event-source';
import { FakeViewport } from '../testing/fake-viewport';
import { aClient, aSession, answerSession } from '../testing/session';
import { AppComponent } from './app.component';
import type { ClientPrincipal } from './core/auth/session';
import { signedIn } from './core/auth/auth.guards';
import { BREAKPOINTS } from './core/layout/breakpoints';
import { provideScreenTesting } from '../testing/screen';
import { settle } from '../testing/settle';

@Component({
  template: '<h1>Stub page</h1><input aria-label="Purpose" />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubPageComponent {}

describe(AppComponent.name, () => {
  const phoneWidth = 390;
  const desktopWidth = BREAKPOINTS.xl;
  let viewport: FakeViewport;

  afterEach(() => viewport.uninstall());

  async function renderAtWidth(
    width: number,
    user: ClientPrincipal | 'signed-out' = aClient(),
  ): Promise<ComponentFixture<AppComponent>> {
    viewport = FakeViewport.install(width);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: StubPageComponent },
          { path: '', canActivate: [signedIn], component: StubPageComponent },
          { path: 'documents/new', canActivate: [signedIn], component: StubPageComponent },
        ]),
        ...provideScreenTesting(),
        provideFakeEventSources(),
      ],
    });
    const fixture = TestBed.createComponent(AppComponent);
    const navigation = TestBed.inject(Router).navigateByUrl('/');
    await answerSession(TestBed.inject(HttpTestingController), user === 'signed-out' ? user : aSession(user));
    await navigation;
    // The desktop's menu is deferred code: its first load takes a turn of the event loop.
    await settle(fixture);
    return fixture;
  }

  function element(fixture: ComponentFixture<AppComponent>, selector: string): Element | null {
    return (fixture.nativeElement as HTMLElement).querySelector(selector);
  }

  it('shows the bottom navigation, and no side navigation, on a phone-sized screen', async () => {
    const app = await renderAtWidth(phoneWidth);

    expect(element(app, 'nav.bottom-nav')).not.toBeNull();
    expect(element(app, 'nav.side-nav')).toBeNull();
  });

  it('shows the side navigation, and no bottom navigation, on a desktop-sized screen', async () => {
    const app = await renderAtWidth(desktopWidth);

    expect(element(app, 'nav.side-nav')).not.toBeNull();
    expect(element(app, 'nav.bottom-nav')).toBeNull();
  });

  it('moves the navigation to the bottom when the window narrows to phone size', async () => {
    const app = await renderAtWidth(desktopWidth);

    viewport.resizeTo(phoneWidth);
    await app.whenStable();

    expect(element(app, 'nav.bottom-nav')).not.toBeNull();
    expect(element(app, 'nav.side-nav')).toBeNull();
  });

  it('keeps the page, with what was typed, when the window crosses the phone width and back', async () => {
    const app = await renderAtWidth(desktopWidth);
    const typed = element(app, 'main input') as HTMLInputElement;
    typed.value = 'Rent for December';

    viewport.resizeTo(phoneWidth);
    await app.whenStable();
    expect(element(app, 'nav.bottom-nav')).not.toBeNull();
    expect(element(app, 'main input')).toBe(typed);

    viewport.resizeTo(desktopWidth);
    await app.whenStable();
    expect(element(app, 'nav.side-nav')).not.toBeNull();
    expect(element(app, 'main input')).toBe(typed);
    expect(typed.value).toBe('Rent for December');
  });

  it('shows the bottom navigation to a Mobile-channel user even on a wide screen', async () => {
    const app = await renderAtWidth(desktopWidth, aClient({ channel: 'MOBILE' }));

    expect(element(app, 'nav.bottom-nav')).not.toBeNull();
    expect(element(app, 'nav.side-nav')).toBeNull();
  });

  it('shows the current page inside the shell, with its navigation entry marked as current', async () => {
    const app = await renderAtWidth(desktopWidth);

    expect(element(app, 'main h1')?.textContent).toBe('Stub page');
    expect(element(app, 'nav.side-nav a[aria-current="page"]')?.textContent?.trim()).toBe('Accounts');
    expect(element(app, 'nav.side-nav')?.querySelectorAll('a[aria-current="page"]')).toHaveLength(1);
  });

  it('marks only "New payment" as the current page on a new payment, not "Documents" above it as well', async () => {
    const app = await renderAtWidth(desktopWidth);

    await TestBed.inject(Router).navigateByUrl('/documents/new?from=42');
    await app.whenStable();

    const current = element(app, 'nav.side-nav')?.querySelectorAll('a[aria-current="page"]') ?? [];
    expect([...current].map((link) => link.textContent?.trim())).toEqual(['New payment']);
    expect(element(app, 'nav.side-nav a.active')?.textContent?.trim()).toBe('New payment');
  });

  it('offers a new payment in the side navigation of a Standard user, but not on the phone', async () => {
    const desktop = await renderAtWidth(desktopWidth);
    const labels = (app: ComponentFixture<AppComponent>, nav: string): string[] =>
      [...(element(app, nav)?.querySelectorAll('a') ?? [])].map((link) => link.textContent?.trim() ?? '');

    expect(labels(desktop, 'nav.side-nav')).toEqual(['Accounts', 'Documents', 'New payment', 'Applications']);

    viewport.resizeTo(phoneWidth);
    await desktop.whenStable();

    expect(labels(desktop, 'nav.bottom-nav')).toEqual(['Accounts', 'Documents', 'Applications', 'Profile']);
  });

  it('shows the product name in the top bar', async () => {
    const app = await renderAtWidth(phoneWidth);

    expect(element(app, 'header .product-name')?.textContent?.trim()).toBe('Qoltanba');
  });

  it('shows who is logged in, and for which organization, in the desktop top bar', async () => {
    const app = await renderAtWidth(desktopWidth);

    expect(element(app, 'header')?.textContent).toContain('Aigerim Nurlanovna');
    expect(element(app, 'header')?.textContent).toContain('Dala Trade LLP · Standard');
  });

  it('shows no navigation at all before log-in', async () => {
    const app = await renderAtWidth(desktopWidth, 'signed-out');

    expect(element(app, 'header .product-name')?.textContent?.trim()).toBe('Qoltanba');
    expect(element(app, 'nav')).toBeNull();
  });
});
