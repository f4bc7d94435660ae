import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * The Node process's own metrics (CPU, memory, event-loop lag, GC), collected once per process:
 * prom-client's collectors hook into the runtime and are never unhooked, and tests host many apps.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The API's metrics. Each app has a registry of its own rather than prom-client's global one, since
 * a metric can be registered only once per registry and tests start several apps in one process.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The text exposition format of the process's metrics and the app's (collected now). */
  exposition(): Promise<string> {
    return Registry.merge([processMetrics(), this.registry]).metrics();
  }
}
