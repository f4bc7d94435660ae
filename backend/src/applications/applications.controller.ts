import { ERROR_BODY_REF } from '../common/openapi/complete-open-api.js';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { UuidParam } from '../common/validation/path-params.js';
import { CreateDocumentQuery } from '../documents/dto/create-document.query.js';
import { DocumentContentView, TimelineEntryView } from '../documents/dto/document.view.js';
import { SignDocumentDto } from '../documents/dto/sign-document.dto.js';
import { OtpChallengeView } from '../otp/dto/otp-challenge.view.js';
import { ApplicationFilesService, MAX_ATTACHMENT_BYTES } from './application-files.service.js';
import { ApplicationOtpService } from './application-otp.service.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { ApplicationsService } from './applications.service.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import {
  ApplicationReasonDto,
  CreateApplicationDto,
  EditApplicationDto,
} from './dto/application-requests.dto.js';
import { ExchangeRateView } from '../bank-gateway/exchange-rate.view.js';
import { ApplicationView, AttachmentView } from './dto/application.view.js';
import { Audited } from '../audit/audited-action.interceptor.js';

/** The upload's own refusals besides those every operation documents (see complete-open-api.ts). */

/**
 * Service and currency applications and their cancellations. Which channel may create which kind
 * is the service's check (Mobile: service applications only); signing follows the documents' rules.
 */
@ApiTags('applications')
@ClientAccess()
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly queries: ApplicationsQueryService,
    private readonly files: ApplicationFilesService,
    private readonly otp: ApplicationOtpService,
    private readonly rates: ExchangeRatesService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ApplicationView })
  @RequiresChannelFunction('SERVICE_APPLICATION')
  @ApiOperation({ summary: 'Create an application (a draft, or submitted for signature with ?submit=true)' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key creates nothing new',
  })
  create(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: CreateApplicationDto,
    @Query() query: CreateDocumentQuery,
    @Headers('idempotency-key') key?: string,
  ): Promise<ApplicationView> {
    return this.applications.create(identity, dto.kind, dto.content, {
      idempotencyKey: key,
      submit: query.submit ?? false,
    });
  }

  @Post('attachments')
  @ApiCreatedResponse({ type: AttachmentView })
  @RequiresChannelFunction('SERVICE_APPLICATION')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Attach a file for a letter: PDF, PNG or JPEG by its content, at most 5 MiB' })
  @ApiPayloadTooLargeResponse({ description: 'APPLICATION_FILE_TOO_LARGE', schema: ERROR_BODY_REF })
  @ApiUnsupportedMediaTypeResponse({
    description: 'APPLICATION_FILE_TYPE_NOT_ACCEPTED',
    schema: ERROR_BODY_REF,
  })
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1 },
      defParamCharset: 'utf8',
    }),
  )
  upload(
    @CurrentIdentity() identity: ClientIdentity,
    @UploadedFile() file: { originalname: string; buffer: Buffer; size: number } | undefined,
  ): Promise<AttachmentView> {
    return this.files.upload(identity, file);
  }

  @Get('exchange-rates')
  @ApiOkResponse({ type: [ExchangeRateView] })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: "The bank's current exchange rates (KZT per unit)" })
  exchangeRates(): Promise<ExchangeRateView[]> {
    return this.rates.current();
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicationView })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  get(@CurrentIdentity() identity: ClientIdentity, @UuidParam('id') id: string): Promise<ApplicationView> {
    return this.queries.get(identity, id);
  }

  @Put(':id')
  @ApiOkResponse({ type: ApplicationView })
  @RequiresChannelFunction('SERVICE_APPLICATION')
  @ApiOperation({
    summary: 'Edit: discards the signatures and restarts approval',
    description: 'Refused with 409 APPLICATION_CHANGED if the application was saved after `revision`.',
  })
  edit(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: EditApplicationDto,
  ): Promise<ApplicationView> {
    return this.applications.edit(identity, id, dto.content, dto.revision);
  }

  @Post(':id/submission')
  @ApiCreatedResponse({ type: ApplicationView })
  @RequiresChannelFunction('SERVICE_APPLICATION')
  submit(@CurrentIdentity() identity: ClientIdentity, @UuidParam('id') id: string): Promise<ApplicationView> {
    return this.applications.submit(identity, id);
  }

  @Get(':id/content')
  @ApiOkResponse({ type: DocumentContentView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({ summary: 'The exact content to sign, and its hash' })
  content(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
  ): Promise<DocumentContentView> {
    return this.queries.content(identity, id);
  }

  @Post(':id/otp-challenges')
  @ApiCreatedResponse({ type: OtpChallengeView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({ summary: 'Ask for an OTP code approving this application (Light, Mobile)' })
  otpChallenge(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
  ): Promise<OtpChallengeView> {
    return this.otp.challenge(identity, id);
  }

  @Post(':id/signatures')
  @Audited('APPLICATION_SIGN', 'APPLICATION')
  @ApiCreatedResponse({ type: ApplicationView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({ summary: 'Sign (Standard, EDS) or approve (Light/Mobile, OTP)' })
  sign(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: SignDocumentDto,
  ): Promise<ApplicationView> {
    return this.applications.sign(identity, id, dto);
  }

  @Post(':id/rejection')
  @Audited('APPLICATION_REJECT', 'APPLICATION')
  @ApiCreatedResponse({ type: ApplicationView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  reject(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: ApplicationReasonDto,
  ): Promise<ApplicationView> {
    return this.applications.reject(identity, id, dto.reason);
  }

  @Post(':id/withdrawal')
  @Audited('APPLICATION_WITHDRAW', 'APPLICATION')
  @ApiCreatedResponse({ type: ApplicationView })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  withdraw(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
  ): Promise<ApplicationView> {
    return this.applications.withdraw(identity, id);
  }

  @Post(':id/cancellation')
  @ApiCreatedResponse({ type: ApplicationView, description: 'The new cancellation, awaiting signatures' })
  @RequiresChannelFunction('SERVICE_APPLICATION')
  @ApiOperation({ summary: 'Ask the bank to cancel an application it holds (a tracked application itself)' })
  cancel(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: ApplicationReasonDto,
  ): Promise<ApplicationView> {
    return this.applications.cancel(identity, id, dto.reason);
  }

  @Get(':id/timeline')
  @ApiOkResponse({ type: [TimelineEntryView] })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  timeline(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
  ): Promise<TimelineEntryView[]> {
    return this.queries.timeline(identity, id);
  }

  @Get(':id/files/:fileId')
  @HttpCode(HttpStatus.OK)
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file’s bytes' })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'A letter’s attachment or the bank’s answer (a certificate as a PDF)' })
  async file(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @UuidParam('fileId') fileId: string,
  ): Promise<StreamableFile> {
    const file = await this.queries.file(identity, id, fileId);
    return new StreamableFile(file.content, {
      type: file.mediaType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      length: file.size,
    });
  }
}
