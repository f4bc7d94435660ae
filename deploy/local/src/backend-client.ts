import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DemoEdsUser } from './demo-certificates.js';
import { repoRoot } from './paths.js';

/** What the backend's build says about the demo (backend/src/demo/demo-banner.ts). */
export interface DemoBanner {
  demoBannerLines(): string[];
  demoOperator(): { login: string; password: string };
  demoEdsUser(): DemoEdsUser;
}

export async function loadDemo(): Promise<DemoBanner> {
  return (await import(pathToFileURL(join(repoRoot, 'backend/dist/demo/demo-banner.js')).href)) as DemoBanner;
}

/**
 * A log-in over HTTP as a browser makes it: the headers that carry the session afterwards (its
 * cookie and CSRF token), or the refusal's code.
 */
export async function logInOverHttp(
  apiUrl: string,
  path: string,
  credentials: { login: string; password: string },
): Promise<{ headers: Record<string, string> } | { refused: string | undefined }> {
  const response = await fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const body = (await response.json()) as { csrfToken?: string; code?: string };
  if (!response.ok || !body.csrfToken) return { refused: body.code };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { headers: { cookie, 'x-csrf-token': body.csrfToken } };
}
