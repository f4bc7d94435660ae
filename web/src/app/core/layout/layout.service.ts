import { DestroyRef, DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { SessionStore } from '../auth/session.store';
import { MOBILE_LAYOUT_BELOW, mediaQueryBelow } from './breakpoints';

/**
 * Which shell fits: the mobile one on a narrow screen (following resizes and rotation) and always
 * for a Mobile-channel session, whatever the width — the channel is the phone app.
 */
@Injectable({ providedIn: 'root' })
export class LayoutService {
  private readonly session = inject(SessionStore);
  // Without matchMedia (very old browsers, server rendering) the desktop shell is the safe choice:
  // it still works on a small screen, while the mobile shell hides the side navigation.
  private readonly mobileQuery = inject(DOCUMENT).defaultView?.matchMedia?.(
    mediaQueryBelow(MOBILE_LAYOUT_BELOW),
  );
  private readonly narrow = signal(this.mobileQuery?.matches ?? false);

  /** True while the viewport is narrower than the mobile breakpoint. */
  readonly isNarrow = this.narrow.asReadonly();
  /** True when the mobile shell is shown: a narrow screen, or a Mobile-channel session. */
  readonly isMobile = computed(() => this.narrow() || this.session.channel() === 'MOBILE');

  constructor() {
    const query = this.mobileQuery;
    if (!query) return;
    const update = (): void => this.narrow.set(query.matches);
    query.addEventListener('change', update);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', update));
  }
}
