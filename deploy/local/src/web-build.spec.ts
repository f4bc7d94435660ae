import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from '@jest/globals';
import { precompressWebBuild } from './web-build.js';

describe('the web build compressed ahead of time', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes beside every script and style sheet a brotli file that unpacks to it, far smaller', async () => {
    dir = await mkdtemp(join(tmpdir(), 'qoltanba-web-build-'));
    const script = `export const texts = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `text ${i}`))};`;
    await writeFile(join(dir, 'main-Bz9q_f-z.js'), script);
    await writeFile(join(dir, 'styles-ABCD1234.css'), 'body { margin: 0 }\n'.repeat(200));
    await writeFile(join(dir, 'index.html'), '<!doctype html><qb-root></qb-root>');

    await expect(precompressWebBuild(dir)).resolves.toBe(2);

    expect((await readdir(dir)).sort()).toEqual([
      'index.html',
      'main-Bz9q_f-z.js',
      'main-Bz9q_f-z.js.br',
      'styles-ABCD1234.css',
      'styles-ABCD1234.css.br',
    ]);
    const packed = await readFile(join(dir, 'main-Bz9q_f-z.js.br'));
    expect(brotliDecompressSync(packed).toString()).toBe(script);
    expect(packed.length).toBeLessThan(script.length / 4);
  });
});
