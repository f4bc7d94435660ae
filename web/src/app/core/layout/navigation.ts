/** One entry of the main navigation, shown in the desktop side navigation and the mobile bottom bar. */
export interface NavigationItem {
  readonly label: string;
  readonly path: string;
  /** Highlight only on this exact URL (needed for '/', which prefixes every other path). */
  readonly exact: boolean;
}

/** Features add their entry here; both shells render the same list so the channels stay alike. */
export const MAIN_NAVIGATION: readonly NavigationItem[] = [{ label: 'Home', path: '/', exact: true }];
