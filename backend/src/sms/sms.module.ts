import { Module } from '@nestjs/common';
import { OutboxSmsGateway } from './outbox-sms.gateway.js';
import { SmsGateway } from './sms-gateway.js';

/** SMS_GATEWAY=outbox (the default and only choice so far). */
@Module({
  providers: [{ provide: SmsGateway, useClass: OutboxSmsGateway }],
  exports: [SmsGateway],
})
export class SmsModule {}
