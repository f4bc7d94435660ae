import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { AppLogger } from '../logging/app-logger.js';
import { MetricsRegistry } from './metrics-registry.js';

/**
 * Processes of every kind by status, counted from the process read model when Prometheus scrapes:
 * one grouped count over the (type, status) index, nothing kept between scrapes. Labels are the
 * process's type and status only — never an organization, a person or an amount.
 */
@Injectable()
export class ProcessCountMetrics {
  constructor(
    metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: AppLogger,
  ) {
    const gauge: Gauge<'type' | 'status'> = new Gauge({
      name: 'qoltanba_processes',
      help: 'Processes in the read model, by type (payment, application, change-request…) and status',
      labelNames: ['type', 'status'],
      registers: [metrics.registry],
      collect: () => this.collect(gauge),
    });
  }

  private async collect(gauge: Gauge<'type' | 'status'>): Promise<void> {
    // Statuses no process has any more disappear instead of staying at their last count.
    gauge.reset();
    try {
      const rows: { type: string; status: string; count: string }[] = await this.dataSource.query(
        'SELECT type, status, count(*) AS count FROM process GROUP BY 1, 2',
      );
      for (const row of rows) gauge.set({ type: row.type, status: row.status }, Number(row.count));
    } catch (error) {
      // The rest of the scrape still answers; absent series tell the dashboard the counts are unknown.
      this.logger.warn({ err: error }, 'process counts unavailable for metrics');
    }
  }
}
