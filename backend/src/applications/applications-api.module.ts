import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsModule } from './applications.module.js';

/** The applications HTTP API (the API process only). */
@Module({
  imports: [ApplicationsModule],
  controllers: [ApplicationsController],
})
export class ApplicationsApiModule {}
