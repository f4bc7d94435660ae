import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { OtpModule } from '../otp/otp.module.js';
import { DemoSeederService } from './demo-seeder.service.js';

/** Present only when SEED_DEMO_DATA asks for it (and the configuration refuses that in production). */
@Module({})
export class DemoModule {
  static forRoot(config: AppConfig): DynamicModule {
    return config.demo.seed
      ? { module: DemoModule, imports: [OtpModule], providers: [DemoSeederService] }
      : { module: DemoModule, providers: [] };
  }
}
