import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { configureHttpApp } from './app.setup.js';
import { loadConfigOrExit } from './config/load-config.js';
import { runMigrations } from './database/run-migrations.js';
import { createLogger } from './logging/create-logger.js';
import { PinoNestLogger } from './logging/pino-nest-logger.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit('api');
  const logger = createLogger(config, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  configureHttpApp(app, logger, config);
  await runMigrations(app.get(DataSource), logger);
  // Behind a proxy that keeps connections open (nginx, a load balancer: 60 s idle at most), the
  // API must not be the one to close an idle connection: Node's 5 s default closes it just as the
  // proxy reuses it, and the proxy answers that request 502.
  const server: Server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  try {
    await app.listen(config.http.port, config.http.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(
        `api: port ${config.http.port} on ${config.http.host} is in use; choose another with PORT.\n`,
      );
      process.exit(1);
    }
    throw error;
  }
  logger.info({ url: `http://${config.http.host}:${config.http.port}/api` }, 'API listening');
  if (config.nodeEnv === 'test') {
    logger.warn('test mode: identity headers and DEV signature evidence are accepted (loopback only)');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`api: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
