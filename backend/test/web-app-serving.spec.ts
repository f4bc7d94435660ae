import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A stand-in for the Angular build: an index.html and a content-hashed chunk big enough to compress. */
async function fakeWebBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qoltanba-web-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Qoltanba</title><qb-root></qb-root>');
  await writeFile(join(dir, 'main-ABCD1234.js'), `console.log(${JSON.stringify('x'.repeat(20_000))});`);
  return dir;
}

describe('the web app served by the API', () => {
  let testApp: TestApp;
  let distDir: string;
  beforeAll(async () => {
    distDir = await fakeWebBuild();
    testApp = await startTestApp({ env: { WEB_DIST_DIR: distDir } });
  });
  afterAll(async () => {
    await testApp?.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it('sends the app shell for a client-side route, revalidated on every visit', async () => {
    const response = await testApp.http().get('/documents/new');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<qb-root>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('sends content-hashed chunks compressed and cacheable for a year', async () => {
    const response = await testApp.http().get('/main-ABCD1234.js').set('Accept-Encoding', 'gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves API answers uncompressed, so server-sent events are not held back', async () => {
    const response = await testApp.http().get('/api/client-config').set('Accept-Encoding', 'gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
