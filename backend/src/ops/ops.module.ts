import { Module } from '@nestjs/common';
import { OpsController } from './ops.controller.js';
import { SelfCheckRecorder } from './self-check-recorder.js';
import { SelfCheckService } from './self-check.service.js';

@Module({
  controllers: [OpsController],
  providers: [SelfCheckService, SelfCheckRecorder],
  exports: [SelfCheckRecorder],
})
export class OpsModule {}
