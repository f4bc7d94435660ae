import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { repoRoot } from './paths.js';
import { runCommand } from './run-command.js';
import { ToolError } from './tool-error.js';

/** Where the Angular build writes the files the API serves. */
export const WEB_DIST = join(repoRoot, 'web', 'dist', 'browser');

/**
 * The Angular CLI's chunk optimizer (Rolldown over esbuild's output): esbuild alone splits the
 * initial code into a dozen small files, and a phone on HTTP/1.1 fetches six at a time — two round
 * trips before the app can start. Merged, the initial code is one file and the lazy pages fewer.
 */
const WEB_BUILD_ENV = { NG_BUILD_OPTIMIZE_CHUNKS: '1' } as const;

const compress = promisify(brotliCompress);

/** The production build of the web app (`npm run build`, and before `npm start` and the tests). */
export async function buildWebApp(log: (line: string) => void): Promise<void> {
  if (!existsSync(join(repoRoot, 'angular.json'))) return;
  log('Building the web app …');
  const result = await runCommand(join(repoRoot, 'node_modules/.bin/ng'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, ...WEB_BUILD_ENV },
  });
  if (result.code !== 0)
    throw new ToolError(`The web app did not build:\n${result.stdout}\n${result.stderr}`);
  await precompressWebBuild(WEB_DIST);
}

/**
 * Writes `<file>.br` beside each script and style sheet of the web build, at brotli's highest
 * quality: too slow to do per request, a sixth smaller than the API's on-the-fly compression, and
 * served by the API to browsers that take brotli (backend web-app-files.ts).
 */
export async function precompressWebBuild(dir: string): Promise<number> {
  const files = (await readdir(dir)).filter((name) => /\.(js|css)$/.test(name));
  for (const name of files) {
    const content = await readFile(join(dir, name));
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    };
    await writeFile(join(dir, `${name}.br`), await compress(content, { params }));
  }
  return files.length;
}
