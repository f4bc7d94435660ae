import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkOurIban } from './client-field-checks.js';
import { Repository } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { isUniqueViolation } from '../common/database/postgres-errors.js';
import { Account } from './account.entity.js';
import type { CreateAccountDto } from './dto/create-account.dto.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';
import { OrganizationsService } from './organizations.service.js';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
  ) {}

  async create(organizationId: string, dto: CreateAccountDto): Promise<Account> {
    await this.organizations.get(organizationId);
    const iban = checkOurIban(dto.iban, this.config.bank.code, 'iban');
    try {
      return await this.accounts.save(
        this.accounts.create({
          id: randomUUID(),
          organizationId,
          iban,
          currency: dto.currency,
          title: dto.title.trim(),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new FeatureError(Code.IBAN_TAKEN, 'This account is already registered.', {
          field: 'iban',
        });
      }
      throw error;
    }
  }

  listForOrganization(organizationId: string): Promise<Account[]> {
    return this.accounts.find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  findByIban(organizationId: string, iban: string): Promise<Account | null> {
    return this.accounts.findOneBy({ organizationId, iban });
  }

  /** Whichever organization holds it: for auditing, never for answering a client. */
  findAnyByIban(iban: string): Promise<Account | null> {
    return this.accounts.findOneBy({ iban });
  }
}
