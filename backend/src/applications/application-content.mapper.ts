import { Injectable } from '@nestjs/common';
import {
  BANK_BRANCH_CODES,
  parseApplicationRequest,
  type ApplicationContent,
  type AttachmentRef,
  type FormApplicationKind,
} from '@qoltanba/workflows/domain';
import type { ClientIdentity } from '../access/identity.js';
import { validationFailed } from '../common/errors/validation-failed.js';
import { AccountsService } from '../organizations/accounts.service.js';
import { PaymentReferenceService } from '../reference/payment-reference.service.js';
import { ApplicationFilesService } from './application-files.service.js';
import { ContractThresholdService } from './contract-threshold.service.js';

/**
 * Turns a request's content into the canonical content that will be signed, by the domain's rules,
 * against the organization's own accounts and files; or refuses it with every broken rule at once
 * (VALIDATION_FAILED, each violation's field a path inside the body: `content.amount`).
 */
@Injectable()
export class ApplicationContentMapper {
  constructor(
    private readonly reference: PaymentReferenceService,
    private readonly accounts: AccountsService,
    private readonly files: ApplicationFilesService,
    private readonly thresholds: ContractThresholdService,
  ) {}

  async toContent(
    identity: ClientIdentity,
    kind: FormApplicationKind,
    request: Record<string, unknown>,
  ): Promise<ApplicationContent> {
    const [payments, accounts, attachments, threshold] = await Promise.all([
      this.reference.validationContext(),
      this.accounts.listForOrganization(identity.organizationId),
      this.attachmentsNamed(identity, request),
      kind === 'FX_TRANSFER' ? this.thresholds.current() : undefined,
    ]);
    const parsed = parseApplicationRequest(kind, request, {
      today: payments.today,
      accounts: new Map(accounts.map((account) => [account.iban, { currency: account.currency }])),
      knpCatalogue: payments.knpCatalogue,
      branches: BANK_BRANCH_CODES,
      attachments,
      contractRegistrationThreshold: (currency) => threshold?.(currency),
    });
    if (!parsed.ok) {
      throw validationFailed(
        parsed.violations.map((violation) => ({ ...violation, field: `content.${violation.field}` })),
      );
    }
    return parsed.content;
  }

  /** The organization's own uploads a letter names; another organization's file is simply unknown. */
  private async attachmentsNamed(
    identity: ClientIdentity,
    request: Record<string, unknown>,
  ): Promise<ReadonlyMap<string, AttachmentRef>> {
    const ids = Array.isArray(request.attachmentIds)
      ? request.attachmentIds.filter((id): id is string => typeof id === 'string')
      : [];
    const refs = await this.files.clientUploads(identity.organizationId, ids);
    return new Map(refs.map((ref) => [ref.id, ref]));
  }
}
