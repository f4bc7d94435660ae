import { access } from 'node:fs/promises';
import { ensureDebianPackages, type DebianPackage } from './debian-packages.js';

/** Debian's nginx (`/usr/sbin`, often off a user's PATH); NGINX_PATH names another. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * nginx: the reverse proxy the local cluster puts in front of its API replicas, as a bank's ingress
 * (ingress-nginx, or nginx itself) does in production. `nginx-light` is its smallest Debian build
 * and has the upstream and proxy modules the cluster uses.
 */
export const NGINX_PACKAGE: DebianPackage = {
  name: 'nginx-light',
  purpose: "the reverse proxy in front of the local cluster's API replicas",
  isPresent: () =>
    access(NGINX_PATH).then(
      () => true,
      () => false,
    ),
};

export async function ensureNginx(log?: (line: string) => void): Promise<string> {
  await ensureDebianPackages([NGINX_PACKAGE], log);
  return NGINX_PATH;
}
