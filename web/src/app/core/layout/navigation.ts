import { Injectable, computed, inject } from '@angular/core';
import { SessionStore } from '../auth/session.store';
import { LayoutService } from './layout.service';
import { AwaitingMeStore } from '../../documents/awaiting-me.store';

/** One entry of the main navigation, shown in the desktop side navigation and the mobile bottom bar. */
export interface NavigationItem {
  /** Translation key of the label. */
  readonly label: string;
  readonly path: string;
  /** Highlight only on this exact URL (needed for '/', which prefixes every other path). */
  readonly exact: boolean;
  /** How many things here wait for the user (documents to sign, approve or send). */
  readonly badge?: number;
}

/**
 * The entry of the page at `path` (the address without its query: a search or a filter is still the
 * same page): the one on that path, or the closest one it lies under unless that one is exact. One
 * entry at most, so "New payment" is the current page at /documents/new, not "Documents" as well.
 */
export function currentItem(items: readonly NavigationItem[], path: string): NavigationItem | undefined {
  let current: NavigationItem | undefined;
  for (const item of items) {
    const under = !item.exact && path.startsWith(item.path.endsWith('/') ? item.path : `${item.path}/`);
    if ((path === item.path || under) && item.path.length > (current?.path.length ?? -1)) current = item;
  }
  return current;
}

const HOME: NavigationItem = { label: 'nav.home', path: '/', exact: true };
const DOCUMENTS: NavigationItem = { label: 'nav.documents', path: '/documents', exact: false };
const NEW_PAYMENT: NavigationItem = { label: 'nav.newPayment', path: '/documents/new', exact: true };
const APPLICATIONS: NavigationItem = { label: 'nav.applications', path: '/applications', exact: false };
const PROFILE: NavigationItem = { label: 'nav.profile', path: '/profile', exact: true };

/**
 * The main navigation for this session and layout: payment creation only where the channel offers
 * it and on a desktop layout; applications (status tracking and new ones) everywhere, as every
 * channel sends service applications; on the phone a profile tab holds the language and log-out.
 */
@Injectable({ providedIn: 'root' })
export class NavigationService {
  private readonly session = inject(SessionStore);
  private readonly layout = inject(LayoutService);
  private readonly awaitingMe = inject(AwaitingMeStore);

  readonly canCreatePayments = computed(
    () => this.session.allows('CREATE_TENGE_PAYMENT') && this.session.mayPrepare() && !this.layout.isMobile(),
  );

  /** A new application: every channel sends some kind, but only a user who may prepare. */
  readonly canCreateApplications = computed(() => this.session.mayPrepare());

  private readonly documents = computed((): NavigationItem => {
    const awaiting = this.awaitingMe.state();
    const badge = awaiting ? awaiting.toSign + awaiting.toDispatch : 0;
    return badge > 0 ? { ...DOCUMENTS, badge } : DOCUMENTS;
  });

  readonly items = computed((): readonly NavigationItem[] =>
    this.layout.isMobile()
      ? [HOME, this.documents(), APPLICATIONS, PROFILE]
      : [HOME, this.documents(), ...(this.canCreatePayments() ? [NEW_PAYMENT] : []), APPLICATIONS],
  );
}
