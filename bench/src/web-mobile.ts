import { readdir, readFile, stat } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@qoltanba/local/paths';
import { CHROMIUM_ARGS } from '@qoltanba/local/tools/chromium';
import { E2E_ENV, startE2ePlatform } from '@qoltanba/testing/e2e-platform';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from '@qoltanba/backend/demo/demo-data';
import { type Browser, chromium } from 'playwright-core';

/**
 * `npm run bench:web`: the web app's budgets. The initial JavaScript of the production build (what
 * index.html loads before any lazy route), and the Mobile home page's first contentful paint,
 * largest contentful paint and time to interactive in headless Chromium on two throttling profiles:
 * Lighthouse's mobile profile and the harsher "Slow 4G" one. `WATERFALL=1` prints each load's
 * requests (start and end, ms from navigation) to stderr: the critical path at a glance.
 */
interface Profile {
  readonly name: string;
  readonly latency: number;
  readonly downloadThroughput: number;
  readonly uploadThroughput: number;
}
const PROFILES: readonly Profile[] = [
  {
    name: 'Lighthouse mobile: 150 ms RTT, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU ×4',
    latency: 150,
    downloadThroughput: (1_638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  {
    name: 'Slow 4G: 562.5 ms RTT, 1.47 Mbit/s down, 0.66 Mbit/s up, CPU ×4',
    latency: 562.5,
    downloadThroughput: (1_474.56 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  },
];
const CPU_SLOWDOWN = 4;
const RUNS = 3;
/** TTI's quiet window: no long task (over 50 ms) and the page settled for this long. */
const QUIET_MS = 5_000;

async function initialBundle(): Promise<{ files: string[]; bytes: number; brotliBytes: number }> {
  const dir = join(repoRoot, 'web/dist/browser');
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  // The module preloads index.html names are the initial chunks (the Angular CLI lists them).
  const size = (file: string) => stat(join(dir, file)).then((s) => s.size);
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
  return {
    files,
    bytes: sum(await Promise.all(files.map(size))),
    // What goes over the wire: the build's brotli files (web-build.ts), as the API sends them.
    brotliBytes: sum(await Promise.all(files.map((file) => size(`${file}.br`)))),
  };
}

/** The Mobile home page loaded RUNS times, cold, on one profile: medians of FCP, LCP and TTI. */
async function homeLoads(browser: Browser, profile: Profile) {
  const user = DEMO_USERS.find((candidate) => candidate.right === 'SECOND')!;
  const results: { fcp: number; lcp: number; tti: number }[] = [];
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
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.downloadThroughput,
      uploadThroughput: profile.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __longTasks: number[]; __lcp: number };
      w.__longTasks = [];
      w.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.startTime + entry.duration);
      }).observe({ type: 'longtask' as never, buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = Math.max(w.__lcp, entry.startTime);
      }).observe({ type: 'largest-contentful-paint' as never, buffered: true });
    });
    const requests: { url: string; start: number; end?: number }[] = [];
    const t0 = Date.now();
    page.on('request', (request) => requests.push({ url: request.url(), start: Date.now() - t0 }));
    page.on('requestfinished', (request) => {
      const entry = requests.find((r) => r.url === request.url() && r.end === undefined);
      if (entry) entry.end = Date.now() - t0;
    });
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    // The home page is useful once the account cards with balances are there.
    await page.locator('qb-account-card .balance').first().waitFor({ timeout: 120_000 });
    const home = await page.evaluate(() => performance.now());
    await page.waitForTimeout(QUIET_MS);
    const timing = await page.evaluate(() => {
      const w = globalThis as unknown as { __longTasks: number[]; __lcp: number };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const dcl = (
        performance.getEntriesByType('navigation' as never)[0] as unknown as {
          domContentLoadedEventEnd: number;
        }
      ).domContentLoadedEventEnd;
      return { fcp, lcp: w.__lcp, lastLongTask: Math.max(0, ...w.__longTasks), dcl };
    });
    // Lighthouse's definition, simplified: interactive once content shows, the page answers
    // (its data on screen) and no long task follows.
    const tti = Math.max(timing.fcp, timing.dcl, timing.lastLongTask, home);
    results.push({ fcp: timing.fcp, lcp: timing.lcp, tti });
    if (process.env.WATERFALL)
      for (const r of requests)
        console.error(`${r.start}\t${r.end ?? '-'}\t${r.url.replace(/^https?:\/\/[^/]+/, '')}`);
    await context.close();
  }
  const median = (values: number[]) =>
    Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
  return {
    runs: results.map((r) => ({
      fcpMs: Math.round(r.fcp),
      lcpMs: Math.round(r.lcp),
      ttiMs: Math.round(r.tti),
    })),
    medianFcpMs: median(results.map((r) => r.fcp)),
    medianLcpMs: median(results.map((r) => r.lcp)),
    medianTtiMs: median(results.map((r) => r.tti)),
  };
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
    const measured = [];
    for (const profile of PROFILES)
      measured.push({ profile: profile.name, ...(await homeLoads(browser, profile)) });
    console.log(
      JSON.stringify(
        {
          cores: cpus().length,
          initialJs: {
            files: bundle.files,
            kB: +(bundle.bytes / 1000).toFixed(1),
            brotliKB: +(bundle.brotliBytes / 1000).toFixed(1),
          },
          jsChunksTotal: lazy,
          mobileHome: measured,
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
