import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { classifyIinBin, validateBic } from '@qoltanba/workflows/domain';
import { Not, Repository } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { BankDirectoryRow } from './bank-directory-entry.entity.js';
import type { PutBankDto, PutKbkDto, PutTaxOfficeDto } from './dto/reference-edits.dto.js';
import type { BankView, KbkView, TaxOfficeView } from './dto/reference.views.js';
import { KbkCode } from './kbk-code.entity.js';
import { PaymentReferenceService } from './payment-reference.service.js';
import { ReferenceErrorCode as Code } from './reference-error-code.js';
import { TaxOfficeRow } from './tax-office.entity.js';

/**
 * Bank staff keep the reference data current: the National Bank's changes to the bank directory, the
 * Ministry of Finance's to the KBK catalogue, the tax offices. Codes are retired rather than deleted
 * (old documents still name them); a bank leaves the directory when the National Bank removes it.
 */
@Injectable()
export class ReferenceEditingService {
  constructor(
    @InjectRepository(BankDirectoryRow) private readonly banks: Repository<BankDirectoryRow>,
    @InjectRepository(KbkCode) private readonly kbkCodes: Repository<KbkCode>,
    @InjectRepository(TaxOfficeRow) private readonly taxOffices: Repository<TaxOfficeRow>,
    private readonly reference: PaymentReferenceService,
    private readonly config: AppConfig,
  ) {}

  async putBank(bankCode: string, dto: PutBankDto): Promise<BankView> {
    this.refuseOwnBank(bankCode);
    const bic = dto.bic.trim().toUpperCase();
    const issue = validateBic(bic);
    if (issue) throw new FeatureError(Code.BIC_INVALID, issue.message, { field: 'bic' });
    if (bic === this.config.bank.bic || (await this.banks.existsBy({ bic, bankCode: Not(bankCode) }))) {
      throw new FeatureError(Code.BIC_TAKEN, `Another bank of the directory has the BIC ${bic}.`, {
        field: 'bic',
      });
    }
    await this.banks.upsert({ bankCode, bic, name: dto.name.trim() }, ['bankCode']);
    this.reference.forget();
    return { bankCode, bic, name: dto.name.trim(), own: false };
  }

  async removeBank(bankCode: string): Promise<void> {
    this.refuseOwnBank(bankCode);
    const { affected } = await this.banks.delete({ bankCode });
    if (!affected) throw new FeatureError(Code.NOT_FOUND, `No bank has the code ${bankCode}.`);
    this.reference.forget();
  }

  async putKbk(code: string, dto: PutKbkDto): Promise<KbkView> {
    const row = {
      code,
      labelEn: dto.labelEn.trim(),
      labelRu: dto.labelRu.trim(),
      labelKk: dto.labelKk.trim(),
      active: dto.active,
    };
    await this.kbkCodes.upsert(row, ['code']);
    this.reference.forget();
    return row;
  }

  async putTaxOffice(bin: string, dto: PutTaxOfficeDto): Promise<TaxOfficeView> {
    const holder = classifyIinBin(bin);
    if ('code' in holder || holder.kind !== 'BIN') {
      throw new FeatureError(Code.BIN_INVALID, 'A tax office is named by a valid BIN.', { field: 'bin' });
    }
    const row = {
      bin,
      code: dto.code,
      nameRu: dto.nameRu.trim(),
      nameKk: dto.nameKk.trim(),
      active: dto.active,
    };
    await this.taxOffices.upsert(row, ['bin']);
    this.reference.forget();
    return row;
  }

  private refuseOwnBank(bankCode: string): void {
    if (bankCode === this.config.bank.code) {
      throw new FeatureError(
        Code.OWN_BANK_FIXED,
        'This bank’s own entry comes from the platform’s configuration.',
        { field: 'bankCode' },
      );
    }
  }
}
