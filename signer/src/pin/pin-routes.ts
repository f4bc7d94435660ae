import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { PinPrompts } from './pin-prompt.js';
import { renderExpiredPage, renderPinPage } from './pin-page.js';
import { MAX_KEY_FILE_BYTES } from '../file-keys/pkcs12-file.js';
import type { PinEntry } from './prompt-operation.js';

/**
 * The prompt page may not be framed (no clickjacking of the PIN field), loads only its own script
 * and style, and talks only to the agent.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
    "form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const assetsDir = new URL('../../assets/', import.meta.url);
const ASSETS: Record<string, { type: string; body: Buffer }> = {
  '/pin/assets/pin-page.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(new URL('pin-page.js', assetsDir)),
  },
  '/pin/assets/pin-page.css': {
    type: 'text/css; charset=utf-8',
    body: readFileSync(new URL('pin-page.css', assetsDir)),
  },
};

/** A PIN entry is tiny; a key file (PKCS#12) in base64 is the largest thing a page sends. */
const MAX_BODY_BYTES = 4096 + Math.ceil(MAX_KEY_FILE_BYTES / 3) * 4;
const pin = z.string().min(1).max(64);
const entrySchema = z.strictObject({
  pin: pin.optional(),
  soPin: pin.optional(),
  newPin: pin.optional(),
  confirmation: z.boolean().optional(),
  choice: z.number().int().min(0).optional(),
  keyFile: z
    .base64()
    .min(1)
    .transform((text) => Buffer.from(text, 'base64'))
    .optional(),
  password: z.string().min(1).max(128).optional(),
});

const PROMPT_PATH = /^\/pin\/([A-Za-z0-9_-]{43})(\/cancel)?$/;

export type HttpRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * The PIN prompt over plain HTTP on the agent's loopback origin: GET shows the page; POST submits
 * an entry and answers with the token's verdict; POST …/cancel gives up. A submission is accepted
 * only from the page itself: Host and Origin must be the agent's, and the body must be JSON (which a
 * cross-site form cannot send and a cross-site script cannot send without a preflight we refuse).
 */
export function pinRoutes(prompts: PinPrompts): HttpRoute {
  return (request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/pin/')) return false;
    const agent = new URL(prompts.agentOrigin);
    if (request.headers.host !== agent.host) {
      send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
      return true;
    }
    const asset = ASSETS[path];
    if (asset && request.method === 'GET') {
      send(response, 200, asset.type, asset.body);
      return true;
    }
    const match = PROMPT_PATH.exec(path);
    const prompt = match ? prompts.find(match[1]!) : undefined;
    if (request.method === 'GET' && match && !match[2]) {
      if (prompt) send(response, 200, 'text/html; charset=utf-8', renderPinPage(prompt));
      else send(response, 404, 'text/html; charset=utf-8', renderExpiredPage());
      return true;
    }
    if (request.method !== 'POST' || !match) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return true;
    }
    if (request.headers.origin !== prompts.agentOrigin) {
      sendJson(response, 403, { outcome: 'failed', message: 'Forbidden origin' });
      return true;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, { outcome: 'failed', message: 'Expected JSON' });
      return true;
    }
    void readBody(request)
      .then(async (body) => {
        if (!prompt)
          return sendJson(response, 404, { outcome: 'closed', message: 'This request is no longer valid.' });
        if (match[2]) {
          prompt.cancel();
          return sendJson(response, 200, { outcome: 'closed', message: prompt.texts.cancelled });
        }
        const parsed = entrySchema.safeParse(body === undefined ? undefined : JSON.parse(body));
        const entry: PinEntry | undefined = parsed.success
          ? { ...parsed.data, confirmed: parsed.data.confirmation === true }
          : undefined;
        const choices = prompt.request.choices?.length ?? 0;
        const unchosen = choices > 0 && !(entry?.choice !== undefined && entry.choice < choices);
        const missing =
          unchosen || prompt.fields.some((field) => field !== 'confirmation' && !entry?.[field]);
        if (!entry || missing)
          return sendJson(response, 400, { outcome: 'failed', message: 'Malformed entry' });
        sendJson(response, 200, await prompt.submit(entry));
      })
      .catch(() => sendJson(response, 400, { outcome: 'failed', message: 'Malformed entry' }));
    return true;
  };
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(size === 0 ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (response.headersSent) return;
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  response.end(body);
}

/** Never carries a PIN: replies hold outcomes, codes, messages and the token's counter. */
function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
