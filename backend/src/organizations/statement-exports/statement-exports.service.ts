import { Injectable } from '@nestjs/common';
import type { ClientIdentity } from '../../access/identity.js';
import { AppConfig } from '../../config/app-config.js';
import { PaymentReferenceService } from '../../reference/payment-reference.service.js';
import { AccountStatementsService } from '../account-statements.service.js';
import type { StatementExportQuery, StatementFormat } from '../dto/account-statement.dto.js';
import { OrganizationsService } from '../organizations.service.js';
import { statementAs1C } from './statement-1c.js';
import type { StatementExportInput } from './statement-export-input.js';
import { statementAsPdf } from './statement-pdf.js';
import { statementAsXlsx } from './statement-xlsx.js';

export interface StatementFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

const WRITERS: Record<
  StatementFormat,
  { extension: string; contentType: string; write: (input: StatementExportInput) => Buffer | Promise<Buffer> }
> = {
  pdf: { extension: 'pdf', contentType: 'application/pdf', write: statementAsPdf },
  xlsx: {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: statementAsXlsx,
  },
  // 1C reads the file as Windows-1251, as its header says.
  '1c': { extension: 'txt', contentType: 'text/plain; charset=windows-1251', write: statementAs1C },
};

/** A period's statement as a file to keep or to load into 1C: PDF, Excel or 1CClientBankExchange. */
@Injectable()
export class StatementExportsService {
  constructor(
    private readonly statements: AccountStatementsService,
    private readonly organizations: OrganizationsService,
    private readonly reference: PaymentReferenceService,
    private readonly config: AppConfig,
  ) {}

  async export(identity: ClientIdentity, iban: string, query: StatementExportQuery): Promise<StatementFile> {
    const statement = await this.statements.period(identity, iban, query);
    const [organization, banks] = await Promise.all([
      this.organizations.get(identity.organizationId),
      this.reference.listBanks(),
    ]);
    const bankNames = new Map(banks.map((bank) => [bank.bic, bank.name]));
    const writer = WRITERS[query.format];
    const body = await writer.write({
      statement,
      language: query.language,
      holderKbe: organization.kod,
      bank: { name: this.config.bank.name, bic: this.config.bank.bic },
      bankNameOf: (bic) => (bic ? (bankNames.get(bic) ?? '') : ''),
      producedAt: new Date(),
    });
    return {
      fileName: `statement-${statement.iban}-${statement.from}-${statement.to}.${writer.extension}`,
      contentType: writer.contentType,
      body,
    };
  }
}
