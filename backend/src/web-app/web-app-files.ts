import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/**
 * File names the Angular build stamps with a content hash (esbuild's `-ABCD1234`, the chunk
 * optimizer's `-Bz9q_f-z`): they never change, so they are cached for good.
 */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.(js|css)$/;

const CONTENT_TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

/**
 * index.html is checked on every visit (a new release takes effect at once); the hashed chunks it
 * names are kept a year, so a returning phone on a slow network downloads nothing but data.
 */
export function cacheHeaders(response: { setHeader(name: string, value: string): void }, path: string): void {
  response.setHeader(
    'Cache-Control',
    HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/**
 * Sends the brotli files the web build wrote beside its chunks (`<chunk>.br`, at the highest
 * quality: a sixth smaller than compressing on the fly) to browsers that accept brotli; anything
 * else falls through to the static files, compressed on the fly. Only names listed at start-up are
 * served, so a request's path never reaches the file system.
 */
export function precompressedAssets(distDir: string) {
  const brotli = new Set(
    readdirSync(distDir)
      .filter((name) => name.endsWith('.br'))
      .map((name) => name.slice(0, -'.br'.length)),
  );
  return (request: Request, response: Response, next: NextFunction): void => {
    const name = request.path.slice(1);
    const type = /\.(js|css)$/.exec(name)?.[1] as keyof typeof CONTENT_TYPES | undefined;
    const wanted = request.method === 'GET' || request.method === 'HEAD';
    if (!wanted || !type || !brotli.has(name) || !request.acceptsEncodings('br')) return next();
    response.setHeader('Content-Encoding', 'br');
    response.setHeader('Content-Type', CONTENT_TYPES[type]);
    response.setHeader('Vary', 'Accept-Encoding');
    cacheHeaders(response, name);
    response.sendFile(join(distDir, `${name}.br`), (error) => error && next(error));
  };
}
