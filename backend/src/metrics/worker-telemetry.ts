import type { TelemetryOptions } from '@temporalio/worker';
import type { AppConfig } from '../config/app-config.js';

/**
 * The Temporal SDK's own metrics (task slots, poll and schedule-to-start latencies, workflow and
 * activity outcomes) served by its runtime for Prometheus at `/metrics`, on 127.0.0.1 only: the
 * server has no authentication, so only an agent on the same host (or a sidecar) may scrape it.
 * Durations in seconds with the unit in the name and counters ending in `_total`, as Prometheus
 * names things and as the API's own metrics do. Undefined when no port is configured.
 */
export function workerTelemetry(
  config: Pick<AppConfig, 'metrics'>,
): { telemetryOptions: TelemetryOptions; url: string } | undefined {
  const port = config.metrics.workerPort;
  if (port === undefined) return undefined;
  const bindAddress = `127.0.0.1:${port}`;
  return {
    telemetryOptions: {
      metrics: {
        prometheus: {
          bindAddress,
          countersTotalSuffix: true,
          unitSuffix: true,
          useSecondsForDurations: true,
        },
      },
    },
    url: `http://${bindAddress}/metrics`,
  };
}
