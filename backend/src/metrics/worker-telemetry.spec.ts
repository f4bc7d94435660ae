import { describe, expect, it } from '@jest/globals';
import { workerTelemetry } from './worker-telemetry.js';

describe(workerTelemetry.name, () => {
  it('serves no metrics without WORKER_METRICS_PORT, so workers sharing a process never race for a port', () => {
    expect(workerTelemetry({ metrics: { token: undefined, workerPort: undefined } })).toBeUndefined();
  });

  it("binds the SDK's Prometheus endpoint to the loopback address only, in Prometheus's units and names", () => {
    expect(workerTelemetry({ metrics: { token: undefined, workerPort: 9464 } })).toEqual({
      telemetryOptions: {
        metrics: {
          prometheus: {
            bindAddress: '127.0.0.1:9464',
            countersTotalSuffix: true,
            unitSuffix: true,
            useSecondsForDurations: true,
          },
        },
      },
      url: 'http://127.0.0.1:9464/metrics',
    });
  });
});
