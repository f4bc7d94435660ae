import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ERROR_BODY_REF } from '../common/openapi/complete-open-api.js';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { ImportPreviewView, ImportResultView, PaymentImportDto } from './dto/payment-import.dto.js';
import { PaymentImportsService } from './payment-imports.service.js';

@ApiTags('payment-imports')
@ClientAccess()
@Controller('payment-imports')
export class PaymentImportsController {
  constructor(private readonly imports: PaymentImportsService) {}

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ImportPreviewView })
  @ApiPayloadTooLargeResponse({
    description: 'PAYLOAD_TOO_LARGE: a file over the 1 MB body',
    schema: ERROR_BODY_REF,
  })
  @RequiresChannelFunction('IMPORT_PAYMENTS')
  @ApiOperation({ summary: 'Read a 1C file and check every payment in it; nothing is created' })
  preview(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: PaymentImportDto,
  ): Promise<ImportPreviewView> {
    return this.imports.preview(identity, dto);
  }

  @Post()
  @ApiCreatedResponse({ type: ImportResultView })
  @ApiPayloadTooLargeResponse({
    description: 'PAYLOAD_TOO_LARGE: a file over the 1 MB body',
    schema: ERROR_BODY_REF,
  })
  @RequiresChannelFunction('IMPORT_PAYMENTS')
  @ApiOperation({ summary: 'Create the valid payments of a 1C file as drafts (or send them for signature)' })
  import(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: PaymentImportDto,
  ): Promise<ImportResultView> {
    return this.imports.import(identity, dto);
  }
}
