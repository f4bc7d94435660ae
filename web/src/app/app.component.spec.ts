import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { FakeViewport } from '../testing/fake-viewport';
import { AppComponent } from './app.component';
import { BREAKPOINTS } from './core/layout/breakpoints';

@Component({
  template: '<h1>Stub page</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubPageComponent {}

describe(AppComponent.name, () => {
  const phoneWidth = 390;
  const desktopWidth = BREAKPOINTS.xl;
  let viewport: FakeViewport;

  afterEach(() => viewport.uninstall());

  async function renderAtWidth(width: number): Promise<ComponentFixture<AppComponent>> {
    viewport = FakeViewport.install(width);
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '', component: StubPageComponent }])],
    });
    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
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

  it('shows the current page inside the shell, with its navigation entry marked as current', async () => {
    const app = await renderAtWidth(desktopWidth);

    expect(element(app, 'main h1')?.textContent).toBe('Stub page');
    expect(element(app, 'nav.side-nav a[aria-current="page"]')?.textContent?.trim()).toBe('Home');
  });

  it('shows the product name in the top bar', async () => {
    const app = await renderAtWidth(phoneWidth);

    expect(element(app, 'header')?.textContent?.trim()).toBe('Qoltanba');
  });
});
