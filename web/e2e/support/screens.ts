import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { en } from '../../src/app/core/i18n/translations/en.js';
import { VIEWPORTS, screenshot } from './browser.js';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;

/** A translation key of any of the app's namespaces (`staff.…`, `right.…`), shown instead of words. */
const TRANSLATION_KEY = new RegExp(`\\b(?:${Object.keys(en).join('|')})\\.[a-zA-Z][\\w.-]*`);

/**
 * What Chromium's closed drop-down keeps for its arrow inside the padding (measured at the app's
 * 16px: a choice 216px wide shows whole in a 234px content box, one 226px wide is cut).
 */
const SELECT_ARROW_WIDTH = 18;

/**
 * Switches the interface language with the header's menu and waits for the page to say it: the app
 * says it once the language's words are rendered.
 */
export async function switchTo(page: Page, language: string): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === language) return;
  await page.locator('select.language-select').first().selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/**
 * What a reader would find wrong on the screen: a translation key instead of words, a page
 * wider than the screen, a box whose content spills out of it (a table scrolls inside its
 * `.table-wrap` instead), a heading, label, button, cell or badge whose text is cut off, a closed
 * drop-down whose chosen option does not fit (its own box never scrolls, so only measuring shows it)
 * and is not marked cut by an ellipsis, two cards stacked with no room between them.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  // The screen's own width: a phone's page grows to fit what is too wide for it.
  const screenWidth = page.viewportSize()!.width;
  return page.evaluate(
    ({ keys, screenWidth, arrowWidth }) => {
      const problems: string[] = [];
      const key = new RegExp(keys).exec(document.body.innerText);
      if (key) problems.push(`an untranslated key: ${key[0]}`);
      if (document.documentElement.scrollWidth > screenWidth + 1)
        problems.push(
          `the page is ${document.documentElement.scrollWidth}px wide on a ${screenWidth}px screen`,
        );
      const main = document.querySelector('main')!;
      const shown = (element: HTMLElement) => element.offsetParent !== null;
      const describe = (element: HTMLElement) =>
        `<${element.tagName.toLowerCase()}> "${element.innerText.slice(0, 40)}"`;
      for (const element of [main, ...Array.from(main.querySelectorAll<HTMLElement>('*'))]) {
        if (!shown(element) || element.closest('.table-wrap')) continue;
        if (getComputedStyle(element).overflowX !== 'visible' || element.clientWidth === 0) continue;
        if (element.scrollWidth > element.clientWidth + 1)
          problems.push(`spills out of its ${element.clientWidth}px: ${describe(element)}`);
      }
      const boxes = main.querySelectorAll<HTMLElement>(
        'h1, h2, h3, legend, label, button, a.button, th, td, dt, dd, .badge, select',
      );
      for (const element of Array.from(boxes)) {
        if (!shown(element) || element.closest('.visually-hidden')) continue;
        if (element.scrollWidth > element.clientWidth + 1) problems.push(`cut off: ${describe(element)}`);
      }
      const measure = document.createElement('canvas').getContext('2d')!;
      for (const select of Array.from(main.querySelectorAll('select'))) {
        const chosen = select.selectedOptions[0];
        if (!shown(select) || select.multiple || !chosen) continue;
        const style = getComputedStyle(select);
        // Choices led by what tells them apart may end in an ellipsis: the cut is shown, the lead kept.
        if (style.textOverflow === 'ellipsis') continue;
        measure.font = style.font;
        const text = chosen.text.replace(/\s+/g, ' ').trim();
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrowWidth;
        if (measure.measureText(text).width > room + 0.5)
          problems.push(`a drop-down cuts its choice in ${select.clientWidth}px: "${text.slice(0, 40)}"`);
      }
      const cards = Array.from(main.querySelectorAll<HTMLElement>('.card')).filter(shown);
      for (const upper of cards)
        for (const lower of cards) {
          if (upper === lower || upper.contains(lower) || lower.contains(upper)) continue;
          const [above, below] = [upper.getBoundingClientRect(), lower.getBoundingClientRect()];
          const sideBySide = above.right <= below.left || below.right <= above.left;
          const gap = below.top - above.bottom;
          if (!sideBySide && gap > -1 && gap < 4)
            problems.push(`two cards touch: ${describe(upper)} and ${describe(lower)}`);
        }
      return problems;
    },
    { keys: TRANSLATION_KEY.source, screenWidth, arrowWidth: SELECT_ARROW_WIDTH },
  );
}

/**
 * The screen open on `page` in each language, nothing on it left untranslated, too wide or cut off
 * (`<journey>/<name>-<language>.png`); back in Russian afterwards.
 */
export function inEveryLanguage(page: Page, journey: string, name: string): Promise<void> {
  return checkScreens(page, journey, name, false);
}

/**
 * The same on a desktop and a phone's screen, the page resized to a phone's in between
 * (`<name>-<language>-phone.png`): staff pages have one layout for both, narrowed by CSS.
 */
export function onBothScreens(page: Page, journey: string, name: string): Promise<void> {
  return checkScreens(page, journey, name, true);
}

async function checkScreens(page: Page, journey: string, name: string, phone: boolean): Promise<void> {
  const problems: string[] = [];
  const own = page.viewportSize()!;
  const screens = [
    { size: own, suffix: '' },
    ...(phone ? [{ size: VIEWPORTS.mobile, suffix: '-phone' }] : []),
  ];
  try {
    for (const { size, suffix } of screens) {
      await page.setViewportSize(size);
      for (const language of LANGUAGES) {
        await switchTo(page, language);
        await page.locator('h1').first().waitFor();
        const found = await layoutProblems(page);
        problems.push(...found.map((problem) => `${language}${suffix}: ${problem}`));
        await screenshot(page, journey, `${name}-${language}${suffix}`);
      }
    }
  } finally {
    await page.setViewportSize(own);
  }
  await switchTo(page, 'ru');
  expect(problems).toEqual([]);
}
