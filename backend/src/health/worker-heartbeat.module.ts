import { Module } from '@nestjs/common';
import { WorkerHeartbeatService } from './worker-heartbeat.service.js';

/** Shared by the worker (which beats) and the API's health check (which reads the beats). */
@Module({ providers: [WorkerHeartbeatService], exports: [WorkerHeartbeatService] })
export class WorkerHeartbeatModule {}
