import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AccountForecastController } from './account-forecast.controller.js';
import { AccountForecastService } from './account-forecast.service.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [AccountForecastController],
  providers: [AccountForecastService],
})
export class AccountForecastModule {}
