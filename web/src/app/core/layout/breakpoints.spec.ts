import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { BREAKPOINTS, MOBILE_LAYOUT_BELOW, mediaQueryBelow } from './breakpoints';

// Styles and code decide layout separately (SCSS media queries vs. LayoutService), so their
// breakpoints must be identical, or a page could get the mobile shell with desktop styles.
const scss = readFileSync(new URL('../../../styles/_breakpoints.scss', import.meta.url), 'utf8');

function scssBreakpoints(): Record<string, number> {
  const map = /\$breakpoints:\s*\(([^)]*)\)/.exec(scss)?.[1];
  if (map === undefined) throw new Error('_breakpoints.scss has no $breakpoints map');
  const entries = [...map.matchAll(/([\w-]+)\s*:\s*([\d.]+)px/g)].map(([, name, px]): [string, number] => [
    name ?? '',
    Number(px),
  ]);
  return Object.fromEntries(entries);
}

describe('BREAKPOINTS', () => {
  it('has the same names and widths as the $breakpoints map in _breakpoints.scss', () => {
    expect(scssBreakpoints()).toEqual(BREAKPOINTS);
  });

  it('switches to the mobile layout at the same breakpoint as $mobile-layout-below in SCSS', () => {
    expect(/\$mobile-layout-below:\s*([\w-]+);/.exec(scss)?.[1]).toBe(MOBILE_LAYOUT_BELOW);
  });

  it('builds "below" media queries that stop just under the breakpoint, as the SCSS mixin does', () => {
    expect(scss).toContain('map.get($breakpoints, $name) - 0.02px');
    expect(mediaQueryBelow('md')).toBe('(max-width: 767.98px)');
  });
});
