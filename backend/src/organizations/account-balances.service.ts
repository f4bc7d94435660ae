import { Injectable } from '@nestjs/common';
import { formatTiyn } from '@qoltanba/workflows/domain';
import { BankGateway } from '../bank-gateway/bank-gateway.js';
import { AppLogger } from '../logging/app-logger.js';
import { AccountsService } from './accounts.service.js';
import type { AccountView } from './dto/account.view.js';

/** Accounts from the platform's records, balances from the bank's core (which holds the money). */
@Injectable()
export class AccountBalancesService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly bank: BankGateway,
    private readonly logger: AppLogger,
  ) {}

  async listWithBalances(organizationId: string): Promise<AccountView[]> {
    const accounts = await this.accounts.listForOrganization(organizationId);
    // Accounts are still listed when the core is unreachable; their balances are simply absent.
    const balances = await this.bank
      .getBalances(accounts.map((account) => account.iban))
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'balances unavailable');
        return [];
      });
    const byIban = new Map(balances.map((balance) => [balance.iban, balance]));
    return accounts.map((account) => {
      const balance = byIban.get(account.iban);
      return {
        id: account.id,
        iban: account.iban,
        currency: account.currency,
        title: account.title,
        ...(balance && {
          balance: {
            balanceTiyn: balance.balanceTiyn,
            availableTiyn: balance.availableTiyn,
            balance: formatTiyn(balance.balanceTiyn),
            available: formatTiyn(balance.availableTiyn),
          },
        }),
      };
    });
  }
}
