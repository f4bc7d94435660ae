import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from './account.entity.js';

@Injectable()
export class AccountsService {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

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
