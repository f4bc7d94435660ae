import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeOpenApi } from './common/openapi/complete-open-api.js';
import compression from 'compression';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config/app-config.js';

/** Health is polled every second by orchestrators; its successful answers would drown the log. */
const QUIET_PATHS = new Set(['/api/health']);

/**
 * The HTTP-level setup shared by main.ts and the tests, so a test app behaves exactly like the
 * real one: `/api` prefix, request ids and request logs, bounded JSON bodies, OpenAPI at /api/docs.
 */
export function configureHttpApp(
  app: NestExpressApplication,
  logger: Logger,
  config: Pick<AppConfig, 'auth'>,
): void {
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  // Behind a reverse proxy, its X-Forwarded-For/-Proto give the client IP (throttling, audit) and TLS
  // (Secure cookies); trusted only for the configured number of hops.
  app.set('trust proxy', config.auth.trustProxyHops);
  app.use(
    pinoHttp({
      logger,
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const incoming = request.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url ?? '') },
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
  app.useBodyParser('json', { limit: '1mb' });
  // The web app's files go out compressed (a third of their size on a phone's slow network); the
  // API is left alone, as compressing would hold back server-sent events. Behind a reverse proxy
  // that compresses, this is a no-op: the proxy sees an already-encoded body.
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
    .build();
  SwaggerModule.setup('api/docs', app, () => completeOpenApi(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
