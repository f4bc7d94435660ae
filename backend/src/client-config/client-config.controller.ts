import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access.decorators.js';
import { AppConfig } from '../config/app-config.js';

export class ClientConfigView {
  @ApiProperty({ example: 'ws://127.0.0.1:13580' }) signerUrl!: string;
}

/** What the web app needs to know at start-up that only the deployment knows. */
@ApiTags('client-config')
@Public()
@Controller('client-config')
export class ClientConfigController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: 'Settings for the web app: where the local signing agent listens' })
  get(): ClientConfigView {
    return { signerUrl: this.config.web.signerUrl };
  }
}
