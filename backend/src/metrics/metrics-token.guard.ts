import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommonErrorCode } from '../common/errors/common-error-code.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { metricsAccess } from './metrics-access.js';

/** Enforces `metricsAccess`: 401 asking for the bearer token, or 404 where metrics are closed. */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const access = metricsAccess(this.config, http.getRequest<Request>().headers.authorization);
    if (access === 'closed') throw new FeatureError(CommonErrorCode.NOT_FOUND, 'Not found.');
    if (access === 'refused') {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new FeatureError(CommonErrorCode.UNAUTHENTICATED, 'The metrics bearer token is required.');
    }
    return true;
  }
}
