import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  almatyDate,
  composeKzIban,
  type BankDirectoryEntry,
  type PaymentValidationContext,
} from '@qoltanba/workflows/domain';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { BankDirectoryRow } from './bank-directory-entry.entity.js';
import type { BankView, OwnBankView } from './dto/reference.views.js';
import { KbkCode } from './kbk-code.entity.js';
import { KnpCode } from './knp-code.entity.js';
import { TaxOfficeRow } from './tax-office.entity.js';

/** The catalogue changes rarely; a short cache spares four queries per payment. */
const CACHE_MS = 30_000;

type CachedReference = Omit<PaymentValidationContext, 'today'>;

/** The reference data payments are validated against, as the domain rules want it. */
@Injectable()
export class PaymentReferenceService {
  private cached: { at: number; reference: CachedReference } | undefined;

  constructor(
    @InjectRepository(KnpCode) private readonly knpCodes: Repository<KnpCode>,
    @InjectRepository(BankDirectoryRow) private readonly banks: Repository<BankDirectoryRow>,
    @InjectRepository(KbkCode) private readonly kbkCodes: Repository<KbkCode>,
    @InjectRepository(TaxOfficeRow) private readonly taxOffices: Repository<TaxOfficeRow>,
    private readonly config: AppConfig,
  ) {}

  async validationContext(now = new Date()): Promise<PaymentValidationContext> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const [knp, banks, kbk, offices] = await Promise.all([
        this.knpCodes.findBy({ active: true }),
        this.listBanks(),
        this.kbkCodes.findBy({ active: true }),
        this.taxOffices.findBy({ active: true }),
      ]);
      this.cached = {
        at: Date.now(),
        reference: {
          knpCatalogue: new Set(knp.map((row) => row.code)),
          bankDirectory: new Map(banks.map(({ own: _, ...bank }) => [bank.bankCode, bank])),
          ownBankCode: this.config.bank.code,
          kbkCatalogue: new Set(kbk.map((row) => row.code)),
          taxOffices: new Set(offices.map((row) => row.bin)),
        },
      };
    }
    return { today: almatyDate(now.toISOString()), ...this.cached.reference };
  }

  /** After staff change the reference data, the next payment reads it afresh (on this replica at once). */
  forget(): void {
    this.cached = undefined;
  }

  listKnp(): Promise<KnpCode[]> {
    return this.knpCodes.find({ where: { active: true }, order: { code: 'ASC' } });
  }

  listKbk(all = false): Promise<KbkCode[]> {
    return this.kbkCodes.find({ where: all ? {} : { active: true }, order: { code: 'ASC' } });
  }

  listTaxOffices(all = false): Promise<TaxOfficeRow[]> {
    return this.taxOffices.find({ where: all ? {} : { active: true }, order: { code: 'ASC' } });
  }

  /**
   * Every bank of the directory, this platform's own bank as its configuration names it: whatever the
   * table holds under that code (another bank's entry in a development seed) gives way to it.
   */
  async listBanks(): Promise<BankView[]> {
    const own = this.ownBankEntry();
    const rows = await this.banks.find({ order: { name: 'ASC' } });
    const others = rows
      .filter((row) => row.bankCode !== own.bankCode && row.bic !== own.bic)
      .map((row) => ({ bankCode: row.bankCode, bic: row.bic, name: row.name, own: false }));
    return [{ ...own, own: true }, ...others];
  }

  ownBank(): OwnBankView {
    return {
      ...this.ownBankEntry(),
      bin: this.config.bank.bin,
      salaryTransitIban: composeKzIban(this.config.bank.code, 'SALARY0000001'),
    };
  }

  private ownBankEntry(): BankDirectoryEntry {
    const { code, bic, name } = this.config.bank;
    return { bankCode: code, bic, name };
  }
}
