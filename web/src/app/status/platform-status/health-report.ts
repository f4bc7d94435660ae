/**
 * The body of `GET /api/health` (backend/src/health/health-report.ts). The backend sends it with
 * 200 when every component is up and with 503 when one is not, so both answers carry a report.
 */
export interface HealthReport {
  readonly status: OverallStatus;
  /** ISO 8601 time of the check. */
  readonly checkedAt: string;
  readonly components: {
    readonly postgres: ComponentHealth;
    readonly temporal: ComponentHealth;
    readonly worker: WorkerHealth;
  };
}

export type OverallStatus = 'up' | 'degraded';
export type ComponentStatus = 'up' | 'down' | 'unknown';

export interface ComponentHealth {
  readonly status: ComponentStatus;
  readonly latencyMs?: number;
  /** Why the component is not up, in the backend's words (e.g. "timeout"). */
  readonly reason?: string;
}

export interface WorkerHealth extends ComponentHealth {
  readonly liveWorkers?: number;
}

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
