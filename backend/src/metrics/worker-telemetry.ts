import type { TelemetryOptions } from '@temporalio/worker';
import type { AppConfig } from '../config/app-config.js';

/**
 * The Temporal SDK's own metrics (task slots, poll and schedule-to-start latencies, workflow and
 * activity outcomes) served by its runtime for Prometheus at `/metrics`. The server has no
 * authentication: it binds the loopback address unless WORKER_METRICS_HOST says otherwise, which a
 * pod does only behind a network policy that lets the monitoring namespace alone reach the port.
 * Durations in seconds with the unit in the name and counters ending in `_total`, as Prometheus
 * names things and as the API's own metrics do. Undefined when no port is configured.
 */
export function workerTelemetry(
  config: Pick<AppConfig, 'metrics'>,
): { telemetryOptions: TelemetryOptions; url: string } | undefined {
  const port = config.metrics.workerPort;
  if (port === undefined) return undefined;
  const host = config.metrics.workerHost;
  const bindAddress = `${host.includes(':') ? `[${host}]` : host}:${port}`;
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
