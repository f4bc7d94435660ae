import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { CHROMIUM_ARGS } from '@qoltanba/local/tools/chromium';
import { E2E_ENV } from '@qoltanba/testing/e2e-platform';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';

/** The two screens the journeys are checked on. */
export const VIEWPORTS = {
  desktop: { width: 1366, height: 768 },
  mobile: { width: 360, height: 740 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const baseUrl = (): string => required(E2E_ENV.baseUrl);

/** Debian's Chromium, headless, with a fresh profile each launch (Playwright makes it). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: required(E2E_ENV.chromium), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A new browser context: a user of their own (cookies, storage) on a desktop or phone screen. A
 * phone context is a touch device with a phone's pixel ratio, as a Mobile client uses the app.
 */
export function openContext(
  browser: Browser,
  viewport: ViewportName,
  locale = 'ru-RU',
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    viewport: VIEWPORTS[viewport],
    locale,
    ...(viewport === 'mobile' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
}

/**
 * Saves a screenshot of the whole page as a test artifact (`test-artifacts/e2e/<journey>/<name>.png`)
 * without disturbing it. Playwright's full-page capture shrinks the window for an instant to measure
 * the page: on a desktop screen the app takes it for a phone's, swaps to the mobile shell and back,
 * and the open page is built anew — losing what the user typed, showing "Loading…" in the picture,
 * and asking the server again, which restarts the idle clock (an idle warning a journey had waited
 * for went away). Here the window grows to the page's height at the same width instead, and shrinks
 * back.
 */
export async function screenshot(page: Page, journey: string, name: string): Promise<void> {
  const dir = join(required(E2E_ENV.artifacts), journey);
  await mkdir(dir, { recursive: true });
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  try {
    await page.screenshot({ path: join(dir, `${name}.png`) });
  } finally {
    await page.setViewportSize(viewport);
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through \`npm test\`.`);
  return value;
}

/**
 * The page's API calls in flight (its event stream, which never ends, left out). Before a jump of
 * the page's clock every answer must have been handled: one that lands after the jump restarts the
 * idle clock at the jumped time, and the warning or the session probe the journey waits for never
 * comes (the likely cause of a journey that timed out once on a loaded machine).
 */
export function apiCallsOf(page: Page): { settled(): Promise<void> } {
  const inFlight = new Set<Request>();
  const isApiCall = (request: Request) =>
    new URL(request.url()).pathname.startsWith('/api/') && request.resourceType() !== 'eventsource';
  page.on('request', (request) => void (isApiCall(request) && inFlight.add(request)));
  page.on('requestfinished', (request) => void inFlight.delete(request));
  page.on('requestfailed', (request) => void inFlight.delete(request));
  return {
    async settled() {
      const deadline = Date.now() + 30_000;
      // Quiet for a while, so that the page has handled the last answer too.
      for (let quiet = 0; quiet < 3;) {
        if (Date.now() > deadline) {
          throw new Error(`API calls still in flight: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        }
        quiet = inFlight.size === 0 ? quiet + 1 : 0;
        await delay(50);
      }
    },
  };
}
