import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeOpenApi } from './common/openapi/complete-open-api.js';
import compression from 'compression';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config/app-config.js';
import { assignRequestId, requestContextMiddleware } from './logging/request-context.js';
import { HttpMetrics } from './metrics/http-metrics.js';
import { METRICS_SCHEME } from './metrics/metrics.controller.js';
import { precompressedAssets } from './web-app/web-app-files.js';

/** Health is polled every second by orchestrators; its successful answers would drown the log. */
const QUIET_PATHS = new Set(['/api/health']);

/**
 * A request's closing line is written once the answer is sent, outside the request's context: it
 * names its request id itself, under the same key as every other line of the request.
 */
const closingLine = (request: IncomingMessage & { id?: unknown }, fields: object) => ({
  ...fields,
  requestId: request.id,
});

/**
 * The HTTP-level setup shared by main.ts and the tests, so a test app behaves exactly like the
 * real one: `/api` prefix, request ids and request logs, request metrics, bounded JSON bodies,
 * OpenAPI at /api/docs.
 */
export function configureHttpApp(
  app: NestExpressApplication,
  logger: Logger,
  config: Pick<AppConfig, 'auth' | 'web'>,
): void {
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  // Behind a reverse proxy, its X-Forwarded-For/-Proto give the client IP (throttling, audit) and TLS
  // (Secure cookies); trusted only for the configured number of hops.
  app.set('trust proxy', config.auth.trustProxyHops);
  app.use(
    pinoHttp({
      logger,
      genReqId: assignRequestId,
      autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url ?? '') },
      customSuccessObject: (request, _response, fields: object) => closingLine(request, fields),
      customErrorObject: (request, _response, _error, fields: object) => closingLine(request, fields),
      // Method, path, status and timing are what an operator reads; headers stay out of the log.
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
    }),
  );
  app.use(requestContextMiddleware);
  app.use(app.get(HttpMetrics).middleware);
  app.useBodyParser('json', { limit: '1mb' });
  // The web app's files go out compressed (a third of their size on a phone's slow network): the
  // build's brotli files where it wrote them, compressed on the fly otherwise. The API is left
  // alone, as compressing would hold back server-sent events. Behind a reverse proxy that
  // compresses, this is a no-op: the proxy sees an already-encoded body.
  const distDir = config.web.distDir;
  if (distDir && existsSync(distDir)) app.use(precompressedAssets(distDir));
  app.use(
    compression({
      filter: (request, response) =>
        !request.url.startsWith('/api/') && compression.filter(request, response),
    }),
  );
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Qoltanba API')
    .setDescription(
      'Corporate internet banking: accounts, payment documents signed in sequence, applications.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN' }, METRICS_SCHEME)
    .build();
  SwaggerModule.setup('api/docs', app, () => completeOpenApi(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
