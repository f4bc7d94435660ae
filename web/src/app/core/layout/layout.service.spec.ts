import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { FakeViewport } from '../../../testing/fake-viewport';
import { BREAKPOINTS, MOBILE_LAYOUT_BELOW } from './breakpoints';
import { LayoutService } from './layout.service';

describe(LayoutService.name, () => {
  const mobileBreakpoint = BREAKPOINTS[MOBILE_LAYOUT_BELOW];
  let viewport: FakeViewport | undefined;

  afterEach(() => viewport?.uninstall());

  function layoutAtWidth(width: number): LayoutService {
    viewport = FakeViewport.install(width);
    return TestBed.inject(LayoutService);
  }

  function resizeTo(width: number): void {
    if (!viewport) throw new Error('no viewport installed');
    viewport.resizeTo(width);
  }

  it('picks the mobile layout below the mobile breakpoint', () => {
    expect(layoutAtWidth(mobileBreakpoint - 1).isMobile()).toBe(true);
  });

  it('picks the desktop layout at the mobile breakpoint', () => {
    expect(layoutAtWidth(mobileBreakpoint).isMobile()).toBe(false);
  });

  it('picks the desktop layout on a wide screen', () => {
    expect(layoutAtWidth(BREAKPOINTS.xl).isMobile()).toBe(false);
  });

  it('follows the window when it is resized across the breakpoint', () => {
    const layout = layoutAtWidth(BREAKPOINTS.lg);

    resizeTo(375);
    expect(layout.isMobile()).toBe(true);

    resizeTo(BREAKPOINTS.lg);
    expect(layout.isMobile()).toBe(false);
  });

  it('falls back to the desktop layout when the browser cannot evaluate media queries', () => {
    expect(TestBed.inject(LayoutService).isMobile()).toBe(false);
  });
});
