/**
 * Named breakpoints: the lowest viewport width (CSS px) of each width class.
 * Mirrored by `$breakpoints` in styles/_breakpoints.scss; breakpoints.spec.ts fails if the two drift.
 */
export const BREAKPOINTS = {
  sm: 576,
  md: 768,
  lg: 1024,
  xl: 1280,
} as const;

export type BreakpointName = keyof typeof BREAKPOINTS;

/** The mobile shell is used below this breakpoint (`$mobile-layout-below` in SCSS). */
export const MOBILE_LAYOUT_BELOW: BreakpointName = 'md';

/**
 * Media query for widths below the named breakpoint. 0.02px under the edge, so fractional widths
 * (browser zoom) never match both sides; the SCSS `below` mixin builds the same query.
 */
export function mediaQueryBelow(name: BreakpointName): string {
  return `(max-width: ${BREAKPOINTS[name] - 0.02}px)`;
}
