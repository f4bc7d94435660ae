import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { almatyDate, type PaymentValidationContext } from '@qoltanba/workflows/domain';
import { Repository } from 'typeorm';
import { BankDirectoryRow } from './bank-directory-entry.entity.js';
import { KnpCode } from './knp-code.entity.js';

/** The catalogue changes rarely; a short cache spares two queries per payment. */
const CACHE_MS = 30_000;

/** The reference data payments are validated against, as the domain rules want it. */
@Injectable()
export class PaymentReferenceService {
  private cached:
    { at: number; knp: Set<string>; banks: PaymentValidationContext['bankDirectory'] } | undefined;

  constructor(
    @InjectRepository(KnpCode) private readonly knpCodes: Repository<KnpCode>,
    @InjectRepository(BankDirectoryRow) private readonly banks: Repository<BankDirectoryRow>,
  ) {}

  async validationContext(now = new Date()): Promise<PaymentValidationContext> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const [knp, banks] = await Promise.all([this.knpCodes.findBy({ active: true }), this.banks.find()]);
      this.cached = {
        at: Date.now(),
        knp: new Set(knp.map((row) => row.code)),
        banks: new Map(
          banks.map((row) => [row.bankCode, { bankCode: row.bankCode, bic: row.bic, name: row.name }]),
        ),
      };
    }
    return {
      today: almatyDate(now.toISOString()),
      knpCatalogue: this.cached.knp,
      bankDirectory: this.cached.banks,
    };
  }

  listKnp(): Promise<KnpCode[]> {
    return this.knpCodes.find({ where: { active: true }, order: { code: 'ASC' } });
  }

  listBanks(): Promise<BankDirectoryRow[]> {
    return this.banks.find({ order: { name: 'ASC' } });
  }
}
