import { Body, Controller, Get, Headers, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IndexParam, UuidParam } from '../common/validation/path-params.js';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { DocumentsQueryService } from './documents-query.service.js';
import { DocumentsService } from './documents.service.js';
import { CreateDocumentQuery } from './dto/create-document.query.js';
import {
  AwaitingMeView,
  DocumentContentView,
  DocumentPage,
  DocumentView,
  SignatureEvidenceView,
  TimelineEntryView,
} from './dto/document.view.js';
import { ListDocumentsQuery } from './dto/list-documents.query.js';
import { RejectDocumentDto, SignDocumentDto } from './dto/sign-document.dto.js';
import { TengePaymentDto } from './dto/tenge-payment.dto.js';
import { EditTengePaymentDto } from './dto/edit-tenge-payment.dto.js';
import { Audited } from '../audit/audited-action.interceptor.js';

@ApiTags('documents')
@ClientAccess()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly queries: DocumentsQueryService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: DocumentView })
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT', 'TEMPLATE_TRANSFER')
  @ApiOperation({ summary: 'Create a tenge payment order (a draft); Mobile makes transfers by template' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retried request with the same key creates nothing new',
  })
  create(
    @CurrentIdentity() identity: ClientIdentity,
    @Body() dto: TengePaymentDto,
    @Query() query: CreateDocumentQuery,
    @Headers('idempotency-key') key?: string,
  ): Promise<DocumentView> {
    return this.documents.create(identity, dto, { idempotencyKey: key, submit: query.submit ?? false });
  }

  @Get()
  @ApiOkResponse({ type: DocumentPage })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: "The organization's documents, newest first" })
  list(
    @CurrentIdentity() identity: ClientIdentity,
    @Query() query: ListDocumentsQuery,
  ): Promise<DocumentPage> {
    return this.queries.list(identity, query);
  }

  @Get('awaiting-me')
  @ApiOkResponse({ type: AwaitingMeView })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'What waits for me: documents to sign or approve, and to send with my EDS' })
  awaitingMe(@CurrentIdentity() identity: ClientIdentity): Promise<AwaitingMeView> {
    return this.queries.awaitingMe(identity);
  }

  @Get(':id')
  @ApiOkResponse({ type: DocumentView })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  get(@CurrentIdentity() identity: ClientIdentity, @UuidParam('id') id: string): Promise<DocumentView> {
    return this.queries.get(identity, id);
  }

  @Put(':id')
  @ApiOkResponse({ type: DocumentView })
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT', 'TEMPLATE_TRANSFER')
  @ApiOperation({
    summary: 'Edit: discards the signatures and restarts approval',
    description: 'Refused with 409 DOCUMENT_CHANGED if the document was saved after `revision`.',
  })
  edit(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: EditTengePaymentDto,
  ): Promise<DocumentView> {
    return this.documents.edit(identity, id, dto);
  }

  @Post(':id/submission')
  @ApiCreatedResponse({ type: DocumentView })
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT', 'TEMPLATE_TRANSFER')
  @ApiOperation({ summary: 'Submit a draft for signature' })
  submit(@CurrentIdentity() identity: ClientIdentity, @UuidParam('id') id: string): Promise<DocumentView> {
    return this.documents.submit(identity, id);
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

  @Post(':id/signatures')
  @Audited('DOCUMENT_SIGN', 'DOCUMENT')
  @ApiCreatedResponse({ type: DocumentView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  @ApiOperation({ summary: 'Sign (Standard, EDS) or approve (Light/Mobile, OTP)' })
  sign(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: SignDocumentDto,
  ): Promise<DocumentView> {
    return this.documents.sign(identity, id, dto);
  }

  @Get(':id/signatures/:index/evidence')
  @ApiOkResponse({ type: SignatureEvidenceView })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'What proves a signature: the CMS and its verification report (EDS)' })
  signatureEvidence(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @IndexParam('index') index: number,
  ): Promise<SignatureEvidenceView> {
    return this.queries.signatureEvidence(identity, id, index);
  }

  @Post(':id/rejection')
  @Audited('DOCUMENT_REJECT', 'DOCUMENT')
  @ApiCreatedResponse({ type: DocumentView })
  @RequiresChannelFunction('APPROVE_DOCUMENTS')
  reject(
    @CurrentIdentity() identity: ClientIdentity,
    @UuidParam('id') id: string,
    @Body() dto: RejectDocumentDto,
  ): Promise<DocumentView> {
    return this.documents.reject(identity, id, dto.reason);
  }

  @Post(':id/withdrawal')
  @Audited('DOCUMENT_WITHDRAW', 'DOCUMENT')
  @ApiCreatedResponse({ type: DocumentView })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  withdraw(@CurrentIdentity() identity: ClientIdentity, @UuidParam('id') id: string): Promise<DocumentView> {
    return this.documents.withdraw(identity, id);
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
}
