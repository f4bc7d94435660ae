import { readdir, readFile, stat } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@qoltanba/local/paths';
import { CHROMIUM_ARGS } from '@qoltanba/local/tools/chromium';
import { E2E_ENV, startE2ePlatform } from '@qoltanba/testing/e2e-platform';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from '@qoltanba/backend/demo/demo-data';
import { chromium } from 'playwright-core';

/**
 * `npm run bench:web`: the web app's budgets. The initial JavaScript of the production build (what
 * index.html loads before any lazy route), and the time to interactive of the Mobile home page in
 * headless Chromium on Lighthouse's "Slow 4G" profile (562.5 ms RTT, 1.47 Mbit/s down, 4× slower CPU).
 */
const SLOW_4G = {
  latency: 562.5,
  downloadThroughput: (1_474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const RUNS = 3;
/** TTI's quiet window: no long task (over 50 ms) and the page settled for this long. */
const QUIET_MS = 5_000;

async function initialBundle(): Promise<{ files: string[]; bytes: number; gzipped?: number }> {
  const dir = join(repoRoot, 'web/dist/browser');
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  // The module preloads index.html names are the initial chunks (the Angular CLI lists them).
  const sizes = await Promise.all(files.map((file) => stat(join(dir, file)).then((s) => s.size)));
  return { files, bytes: sizes.reduce((a, b) => a + b, 0) };
}

async function main(): Promise<void> {
  const platform = await startE2ePlatform();
  const browser = await chromium.launch({
    executablePath: process.env[E2E_ENV.chromium]!,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const bundle = await initialBundle();
    const lazy = (await readdir(join(repoRoot, 'web/dist/browser'))).filter((f) => f.endsWith('.js')).length;
    const user = DEMO_USERS.find((candidate) => candidate.right === 'SECOND')!;
    const results: { fcp: number; tti: number; home: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        baseURL: process.env[E2E_ENV.baseUrl]!,
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      });
      // Log in unthrottled through the API; the measured load is a returning user's home page, cold cache.
      const login = await context.request.post('/api/auth/login/phone', {
        data: {
          phone: user.phone,
          binIin: DEMO_ORGANIZATION.binIin,
          password: DEMO_PASSWORD,
          channel: 'MOBILE',
        },
      });
      if (!login.ok()) throw new Error(`log-in failed: ${login.status()} ${await login.text()}`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.addInitScript(() => {
        const w = globalThis as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push(entry.startTime + entry.duration);
        }).observe({ type: 'longtask' as never, buffered: true });
      });
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      // The home page is useful once the account cards with balances are there.
      await page.locator('qb-account-card .balance').first().waitFor({ timeout: 120_000 });
      const home = await page.evaluate(() => performance.now());
      await page.waitForTimeout(QUIET_MS);
      const timing = await page.evaluate(() => {
        const w = globalThis as unknown as { __longTasks: number[] };
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
        const dcl = (
          performance.getEntriesByType('navigation' as never)[0] as unknown as {
            domContentLoadedEventEnd: number;
          }
        ).domContentLoadedEventEnd;
        return { fcp, lastLongTask: Math.max(0, ...w.__longTasks), dcl };
      });
      // Lighthouse's definition, simplified: interactive once content shows, the page answers
      // (its data on screen) and no long task follows.
      const tti = Math.max(timing.fcp, timing.dcl, timing.lastLongTask, home);
      results.push({ fcp: timing.fcp, tti, home });
      await context.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      JSON.stringify(
        {
          cores: cpus().length,
          initialJs: { files: bundle.files, kB: +(bundle.bytes / 1000).toFixed(1), budgetWarningKb: 500 },
          jsChunksTotal: lazy,
          mobileHomeSlow4g: {
            runs: results.map((r) => ({ fcpMs: Math.round(r.fcp), ttiMs: Math.round(r.tti) })),
            medianFcpMs: Math.round(median(results.map((r) => r.fcp))),
            medianTtiMs: Math.round(median(results.map((r) => r.tti))),
            profile: 'Slow 4G: 562.5 ms RTT, 1.47 Mbit/s down, 0.66 Mbit/s up, CPU ×4',
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await platform.stop();
  }
}

await main();
