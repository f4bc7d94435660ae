import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/access.decorators.js';
import { MetricsRegistry } from './metrics-registry.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';

/** The OpenAPI security scheme of the metrics bearer token. */
export const METRICS_SCHEME = 'metrics';

/** No session: Prometheus scrapes it. `MetricsTokenGuard` decides who may (see `metricsAccess`). */
@ApiTags('metrics')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get()
  @UseGuards(MetricsTokenGuard)
  @ApiBearerAuth(METRICS_SCHEME)
  @ApiOperation({ summary: 'Prometheus metrics: HTTP requests, processes by type and status, the process' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    const body = await this.metrics.exposition();
    response.setHeader('Content-Type', this.metrics.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
