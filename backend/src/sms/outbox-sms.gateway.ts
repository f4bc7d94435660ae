import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecretBox } from '../common/crypto/secret-box.js';
import { AppConfig } from '../config/app-config.js';
import { AppLogger } from '../logging/app-logger.js';
import { maskPhone, SmsGateway, type SmsMessage } from './sms-gateway.js';

/**
 * The default gateway: never touches a network. It writes the message, sealed, to sms_outbox (where
 * a provider's delivery worker would pick it up, and where tests read it as a phone would), and
 * logs that an SMS was queued, without its text. In development only, one dedicated console line
 * (outside the JSON log) shows the text, so a developer can read the temporary password.
 */
@Injectable()
export class OutboxSmsGateway extends SmsGateway {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<string> {
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO sms_outbox (id, phone, purpose, text_sealed) VALUES ($1, $2, $3, $4)`,
      [id, message.to, message.purpose, this.box.seal(message.text, `sms:${id}`)],
    );
    this.logger.info({ smsId: id, to: maskPhone(message.to), purpose: message.purpose }, 'SMS queued');
    if (this.config.nodeEnv === 'development') {
      process.stdout.write(`[dev SMS → ${message.to}] ${message.text}\n`);
    }
    return id;
  }
}
