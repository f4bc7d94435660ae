import type { components } from '../../core/http/api-types.generated';

/**
 * The body of `GET /api/health`. The backend sends it with 200 when every component is up and with
 * 503 when one is not, so both answers carry a report.
 */
export type HealthReport = components['schemas']['HealthReport'];
export type OverallStatus = HealthReport['status'];
export type ComponentHealth = components['schemas']['ComponentHealth'];
export type ComponentStatus = ComponentHealth['status'];
export type WorkerHealth = components['schemas']['WorkerHealth'];

/** Checks the shape of an error body before trusting it: a proxy's 503 page is not a report. */
export function isHealthReport(value: unknown): value is HealthReport {
  if (!isRecord(value) || !isRecord(value['components'])) return false;
  const { postgres, temporal, worker } = value['components'];
  return (
    (value['status'] === 'up' || value['status'] === 'degraded') &&
    typeof value['checkedAt'] === 'string' &&
    [postgres, temporal, worker].every(isComponentHealth)
  );
}

function isComponentHealth(value: unknown): boolean {
  return isRecord(value) && ['up', 'down', 'unknown'].includes(String(value['status']));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
