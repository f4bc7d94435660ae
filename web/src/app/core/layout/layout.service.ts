import { DestroyRef, DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { MOBILE_LAYOUT_BELOW, mediaQueryBelow } from './breakpoints';

/** Which shell fits the screen: follows resizes and device rotation while the app runs. */
@Injectable({ providedIn: 'root' })
export class LayoutService {
  // Without matchMedia (very old browsers, server rendering) the desktop shell is the safe choice:
  // it still works on a small screen, while the mobile shell hides the side navigation.
  private readonly mobileQuery = inject(DOCUMENT).defaultView?.matchMedia?.(
    mediaQueryBelow(MOBILE_LAYOUT_BELOW),
  );
  private readonly mobile = signal(this.mobileQuery?.matches ?? false);

  /** True while the viewport is narrower than the mobile breakpoint. */
  readonly isMobile = this.mobile.asReadonly();

  constructor() {
    const query = this.mobileQuery;
    if (!query) return;
    const update = (): void => this.mobile.set(query.matches);
    query.addEventListener('change', update);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', update));
  }
}
