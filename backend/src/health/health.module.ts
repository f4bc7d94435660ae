import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { healthProbeConnectionProvider } from './health-probe-connection.js';
import { HealthService } from './health.service.js';
import { WorkerHeartbeatModule } from './worker-heartbeat.module.js';

@Module({
  imports: [WorkerHeartbeatModule],
  controllers: [HealthController],
  providers: [HealthService, healthProbeConnectionProvider],
  exports: [HealthService],
})
export class HealthModule {}
