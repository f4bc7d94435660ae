import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

export type MetricsAccess = 'allowed' | 'refused' | 'closed';

/**
 * Who may scrape `GET /api/metrics`. It sits on the API's public port, so a bank's internet-facing
 * proxy would pass it on: with METRICS_TOKEN set, only a caller presenting it as a bearer token
 * (Prometheus's `authorization` setting) is answered. Without one it is open in development and
 * test, where npm start and the tests scrape it, and closed in production, which fails closed when
 * nobody configured monitoring. Labels hold no personal data, but volumes and error rates are still
 * the bank's business.
 */
export function metricsAccess(
  config: Pick<AppConfig, 'nodeEnv' | 'metrics'>,
  authorization: string | undefined,
): MetricsAccess {
  const token = config.metrics.token;
  if (token === undefined) return config.nodeEnv === 'production' ? 'closed' : 'allowed';
  const presented = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  return presented !== undefined && sameSecret(presented, token) ? 'allowed' : 'refused';
}

/** Compared as digests, in constant time: neither the token's length nor its prefix leaks by timing. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
