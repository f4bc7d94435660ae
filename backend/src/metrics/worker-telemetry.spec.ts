import { describe, expect, it } from '@jest/globals';
import { workerTelemetry } from './worker-telemetry.js';

describe(workerTelemetry.name, () => {
  it('serves no metrics without WORKER_METRICS_PORT, so workers sharing a process never race for a port', () => {
    expect(
      workerTelemetry({ metrics: { token: undefined, workerPort: undefined, workerHost: '127.0.0.1' } }),
    ).toBeUndefined();
  });

  it("binds the SDK's Prometheus endpoint to the loopback address by default, in Prometheus's units and names", () => {
    expect(
      workerTelemetry({ metrics: { token: undefined, workerPort: 9464, workerHost: '127.0.0.1' } }),
    ).toEqual({
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

  it('binds the address it is given, an IPv6 one in brackets', () => {
    const at = (workerHost: string) =>
      workerTelemetry({ metrics: { token: undefined, workerPort: 9464, workerHost } })?.telemetryOptions
        .metrics;
    expect(at('0.0.0.0')).toMatchObject({ prometheus: { bindAddress: '0.0.0.0:9464' } });
    expect(at('::1')).toMatchObject({ prometheus: { bindAddress: '[::1]:9464' } });
  });
});
