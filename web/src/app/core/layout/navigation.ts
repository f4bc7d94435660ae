import { Injectable, computed, inject } from '@angular/core';
import type { IsActiveMatchOptions } from '@angular/router';
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

// A search or a filter in the address (`?q=…`) is still the same page for the menu.
const ON_THIS_PATH: IsActiveMatchOptions = {
  paths: 'exact',
  queryParams: 'ignored',
  matrixParams: 'ignored',
  fragment: 'ignored',
};
const WITHIN_THIS_PATH: IsActiveMatchOptions = { ...ON_THIS_PATH, paths: 'subset' };

/** When a menu entry is the current page: on its path exactly, or anywhere under it. */
export function activeWhen(item: NavigationItem): IsActiveMatchOptions {
  return item.exact ? ON_THIS_PATH : WITHIN_THIS_PATH;
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
