import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { parseTengePaymentOrderRequest } from '@qoltanba/workflows/domain';
import { In, Repository } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { tengePayerProblem } from '../documents/tenge-payer.js';
import { DocumentRecord } from '../documents/document-record.entity.js';
import { DocumentsService } from '../documents/documents.service.js';
import type { TengePaymentDto } from '../documents/dto/tenge-payment.dto.js';
import { documentIdFromIdempotencyKey } from '../documents/idempotency.js';
import { PaymentOrderMapper } from '../documents/payment-order.mapper.js';
import { oneCKeyOf, paymentRequestOf } from '../exchange-1c/one-c-payment-order.js';
import { readOneCFile, type OneCDocument } from '../exchange-1c/one-c-reader.js';
import { AccountsService } from '../organizations/accounts.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PaymentReferenceService } from '../reference/payment-reference.service.js';
import type {
  ImportPreviewView,
  ImportResultView,
  ImportViolationView,
  PaymentImportDto,
} from './dto/payment-import.dto.js';

interface Checked {
  readonly view: ImportPreviewView['documents'][number];
  readonly request: TengePaymentDto;
  readonly idempotencyKey: string;
}

/**
 * Payment orders imported from accounting software (1C): every document is checked by the shared
 * domain rules and shown with its errors, field by field, before anything is created; then the valid
 * ones are created in one step (and sent for signature if asked). Each document's key is the file's
 * hash and its place in it, so importing the same file again finds the payments it made.
 */
@Injectable()
export class PaymentImportsService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly mapper: PaymentOrderMapper,
    private readonly reference: PaymentReferenceService,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    @InjectRepository(DocumentRecord) private readonly records: Repository<DocumentRecord>,
  ) {}

  async preview(identity: ClientIdentity, dto: PaymentImportDto): Promise<ImportPreviewView> {
    const { fileHash, encoding, checked } = await this.check(identity, dto);
    return { fileHash, encoding, documents: checked.map((entry) => entry.view) };
  }

  async import(identity: ClientIdentity, dto: PaymentImportDto): Promise<ImportResultView> {
    const { checked } = await this.check(identity, dto);
    const valid = checked.filter((entry) => entry.view.valid);
    const documentIds: string[] = [];
    for (const entry of valid) {
      const created = await this.documents.create(identity, entry.request, {
        idempotencyKey: entry.idempotencyKey,
        submit: dto.submit ?? false,
      });
      documentIds.push(created.id);
    }
    const earlier = valid.filter((entry) => entry.view.alreadyImported).length;
    return {
      created: valid.length - earlier,
      alreadyImported: earlier,
      invalid: checked.length - valid.length,
      documentIds,
    };
  }

  private async check(identity: ClientIdentity, dto: PaymentImportDto) {
    await this.mapper.requireChannelFor({}, identity);
    const bytes = Buffer.from(dto.file, 'base64');
    const file = readOneCFile(bytes);
    if (!file.ok) {
      throw new FeatureError(file.code, file.message, {
        field: 'file',
        ...(file.line ? { line: file.line } : {}),
      });
    }
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    const organization = await this.organizations.get(identity.organizationId);
    const context = await this.reference.validationContext();
    const ownAccounts = new Map(
      (await this.accounts.listForOrganization(organization.id)).map((account) => [account.iban, account]),
    );
    const keys = file.documents.map((_, position) => `1c:${fileHash}:${position}`);
    const imported = await this.importedBefore(organization.id, keys);
    const checked: Checked[] = [];
    for (const [position, document] of file.documents.entries()) {
      const request = paymentRequestOf(document, context.today);
      // Like the form: the organization's KOd and the next number fill what the file leaves empty.
      const parsed = parseTengePaymentOrderRequest(
        { ...request, kod: request.kod || organization.kod, number: request.number || '1' },
        context,
      );
      const violations: ImportViolationView[] = parsed.ok
        ? []
        : parsed.violations.map((v) => violationOf(document, v.field, v.code, v.message));
      const payerProblem = parsed.ok && tengePayerProblem(ownAccounts.get(parsed.order.payerIban));
      if (payerProblem)
        violations.push(violationOf(document, 'payerIban', payerProblem.code, payerProblem.message));
      const idempotencyKey = keys[position]!;
      checked.push({
        request: { ...request, kod: request.kod || organization.kod },
        idempotencyKey,
        view: {
          index: position + 1,
          line: document.line,
          number: request.number,
          date: request.date,
          amount: request.amount,
          beneficiaryName: request.beneficiary.name,
          valid: violations.length === 0,
          alreadyImported: imported.has(idempotencyKey),
          violations,
        },
      });
    }
    return { fileHash, encoding: file.encoding, checked };
  }

  /** The keys among `keys` whose documents exist already: one query for the whole file. */
  private async importedBefore(organizationId: string, keys: readonly string[]): Promise<Set<string>> {
    const keyOf = new Map(keys.map((key) => [documentIdFromIdempotencyKey(organizationId, key), key]));
    const found = await this.records.find({
      select: { id: true },
      where: { organizationId, id: In([...keyOf.keys()]) },
    });
    return new Set(found.map((record) => keyOf.get(record.id)!));
  }
}

function violationOf(
  document: OneCDocument,
  field: string,
  code: string,
  message: string,
): ImportViolationView {
  const oneCKey = oneCKeyOf(document, field);
  return { field, ...(oneCKey ? { oneCKey } : {}), code, message };
}
