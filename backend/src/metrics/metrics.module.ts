import { Module } from '@nestjs/common';
import { HttpMetrics } from './http-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsRegistry } from './metrics-registry.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';
import { ProcessCountMetrics } from './process-count-metrics.js';

/**
 * The API's Prometheus endpoint. `HttpMetrics.middleware` is mounted by `configureHttpApp`, ahead of
 * the body parsers; the worker's metrics are the Temporal SDK's own (see `workerTelemetry`).
 */
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, HttpMetrics, ProcessCountMetrics, MetricsTokenGuard],
  exports: [HttpMetrics],
})
export class MetricsModule {}
