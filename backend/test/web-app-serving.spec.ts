import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const CHUNK = `console.log(${JSON.stringify('x'.repeat(20_000))});`;
const OPTIMIZED_CHUNK = `export const page = ${JSON.stringify('y'.repeat(20_000))};`;
const BROTLI_FILE = brotliCompressSync(OPTIMIZED_CHUNK);

/**
 * A stand-in for the Angular build: an index.html, a content-hashed chunk big enough to compress,
 * and one named as the chunk optimizer names them, with the brotli file the build writes beside it.
 */
async function fakeWebBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qoltanba-web-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Qoltanba</title><qb-root></qb-root>');
  await writeFile(join(dir, 'main-ABCD1234.js'), CHUNK);
  await writeFile(join(dir, 'chunk-Bz9q_f-z.js'), OPTIMIZED_CHUNK);
  await writeFile(join(dir, 'chunk-Bz9q_f-z.js.br'), BROTLI_FILE);
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

  it('sends the brotli file the build wrote to a browser that takes brotli, cacheable for a year', async () => {
    const response = await testApp
      .http()
      .get('/chunk-Bz9q_f-z.js')
      .set('Accept-Encoding', 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    // The build's file itself, not one compressed on the fly (which has no length up front).
    expect(response.headers['content-length']).toBe(String(BROTLI_FILE.length));
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.text).toBe(OPTIMIZED_CHUNK);
  });

  it('compresses on the fly for a browser that takes no brotli', async () => {
    const response = await testApp.http().get('/chunk-Bz9q_f-z.js').set('Accept-Encoding', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.text).toBe(OPTIMIZED_CHUNK);
  });

  it('leaves API answers uncompressed, so server-sent events are not held back', async () => {
    const response = await testApp.http().get('/api/client-config').set('Accept-Encoding', 'gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
