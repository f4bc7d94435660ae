import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { UuidParam } from '../common/validation/path-params.js';
import { CreatePaymentTemplateDto, PaymentTemplateView } from './dto/payment-template.dto.js';
import { PaymentTemplatesService } from './payment-templates.service.js';

/**
 * The organization's payment templates. Every channel that pays by template reads them (Mobile
 * included); only the channels that create payments save or delete one.
 */
@ApiTags('payment-templates')
@ClientAccess()
@Controller('payment-templates')
export class PaymentTemplatesController {
  constructor(private readonly templates: PaymentTemplatesService) {}

  @Get()
  @ApiOkResponse({ type: [PaymentTemplateView] })
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT', 'TEMPLATE_TRANSFER')
  list(@CurrentIdentity() identity: ClientIdentity): Promise<PaymentTemplateView[]> {
    return this.templates.list(identity);
  }

  @Post()
  @ApiCreatedResponse({ type: PaymentTemplateView })
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT')
  @ApiOperation({ summary: 'Save a payment as a named template for the organization' })
  create(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: CreatePaymentTemplateDto,
  ): Promise<PaymentTemplateView> {
    return this.templates.create(identity, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT')
  remove(@CurrentIdentity() identity: ClientIdentity, @UuidParam('id') id: string): Promise<void> {
    return this.templates.remove(identity, id);
  }
}
