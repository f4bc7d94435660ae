import { allEnded } from './all-ended.js';
import { type DemoTokenStore, prepareDemoToken } from './demo-token.js';
import { ensureDebianPackages } from './tools/debian-packages.js';
import { ensureNginx, NGINX_PACKAGE } from './tools/nginx.js';
import { SOFTHSM_PACKAGE } from './tools/softhsm.js';

/**
 * What a start needs besides its servers: the demo token (SoftHSM2) and, in front of several API
 * replicas, nginx. Their Debian packages come first, in one apt step: the token and the proxy each
 * asking for its own would run `apt-get update` twice on a machine that has neither.
 */
export async function prepareStartTools(
  options: { dataDir: string; proxied: boolean },
  log: (line: string) => void,
): Promise<{ token: DemoTokenStore; nginx: string | undefined }> {
  await ensureDebianPackages(options.proxied ? [SOFTHSM_PACKAGE, NGINX_PACKAGE] : [SOFTHSM_PACKAGE], log);
  const [token, nginx] = await allEnded(
    [prepareDemoToken(options.dataDir, log), options.proxied ? ensureNginx(log) : undefined],
    log,
  );
  return { token, nginx };
}
