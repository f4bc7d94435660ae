import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ibanBankCode } from '@qoltanba/workflows/domain';
import { FeatureError } from '../../../common/errors/feature-error.js';
import { BankSimulator } from '../bank-simulator.js';
import { SimAccount } from '../entities/sim-account.entity.js';
import { SimLedgerEntry } from '../entities/sim-ledger-entry.entity.js';
import { SimPayment } from '../entities/sim-payment.entity.js';
import { SimRejectionRule } from '../entities/sim-rejection-rule.entity.js';
import { lockAccounts, post } from '../ledger.js';
import type { AccountState } from '../payment-decision.js';
import { BankSimulatorErrorCode } from './bank-simulator-error-code.js';
import type { SimAccountView, AdjustBalanceDto, OpenAccountDto, SetBalanceDto } from './dto/account.dto.js';
import type { ListPaymentsQuery, SimPaymentView } from './dto/payment.dto.js';
import type { AddRejectionRuleDto, RejectionRuleView } from './dto/rejection-rule.dto.js';
import type { OutageView } from './dto/outage.dto.js';
import type { LedgerEntryView, StatementView } from './dto/statement.dto.js';
import { queryRows } from '../sql.js';

const DEFAULT_LIMIT = 100;

/** What a tester or a demo does to the simulated bank: accounts, balances, blocks, rules, and reading. */
@Injectable()
export class BankSimulatorControlService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly simulator: BankSimulator,
  ) {}

  /** Takes the bank down (every payment submitted fails until it is back) or brings it back. */
  async setOutage(reason: string | null): Promise<OutageView> {
    if (reason === null) await this.dataSource.query(`DELETE FROM sim_outage`);
    else
      await this.dataSource.query(
        `INSERT INTO sim_outage (reason) VALUES ($1) ON CONFLICT (id) DO UPDATE SET reason = EXCLUDED.reason`,
        [reason],
      );
    return this.outage();
  }

  async outage(): Promise<OutageView> {
    const [row] = await this.dataSource.query<{ reason: string; since: Date }[]>(
      `SELECT reason, since FROM sim_outage`,
    );
    return row ? { down: true, reason: row.reason, since: row.since.toISOString() } : { down: false };
  }

  async openAccount(dto: OpenAccountDto): Promise<SimAccountView> {
    if (ibanBankCode(dto.iban) !== this.simulator.bank.bankCode) {
      throw new FeatureError(
        BankSimulatorErrorCode.FOREIGN_ACCOUNT,
        `Bank code ${ibanBankCode(dto.iban)} is not this bank's (${this.simulator.bank.bankCode}).`,
        { field: 'iban' },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const inserted = await queryRows<unknown>(
        manager,
        `INSERT INTO sim_account (iban, currency, holder_name, holder_bin_iin, balance_tiyn)
         VALUES ($1, $2, $3, $4, 0) ON CONFLICT (iban) DO NOTHING RETURNING iban`,
        [dto.iban, dto.currency ?? 'KZT', dto.holderName, dto.holderBinIin],
      );
      if (inserted.length === 0) {
        throw new FeatureError(
          BankSimulatorErrorCode.ACCOUNT_EXISTS,
          `Account ${dto.iban} is already open.`,
          { field: 'iban' },
        );
      }
      if (dto.openingBalanceTiyn) {
        await post(manager, {
          iban: dto.iban,
          kind: 'OPENING',
          amountTiyn: dto.openingBalanceTiyn,
          description: 'opening balance',
        });
      }
      return this.accountIn(manager, dto.iban);
    });
  }

  async listAccounts(): Promise<SimAccountView[]> {
    const accounts = await this.dataSource.getRepository(SimAccount).find({ order: { iban: 'ASC' } });
    return accounts.map(toAccountView);
  }

  getAccount(iban: string): Promise<SimAccountView> {
    return this.accountIn(this.dataSource.manager, iban);
  }

  /** Books the difference as an adjustment, so the statement still adds up to the balance. */
  setBalance(iban: string, dto: SetBalanceDto): Promise<SimAccountView> {
    return this.changeBalance(
      iban,
      (account) => dto.balanceTiyn - account.balanceTiyn,
      'balanceTiyn',
      dto.description,
    );
  }

  adjustBalance(iban: string, dto: AdjustBalanceDto): Promise<SimAccountView> {
    return this.changeBalance(iban, () => dto.amountTiyn, 'amountTiyn', dto.description);
  }

  async setBlocked(iban: string, blocked: boolean): Promise<SimAccountView> {
    await this.dataSource.query('UPDATE sim_account SET blocked = $2 WHERE iban = $1', [iban, blocked]);
    return this.getAccount(iban);
  }

  async addRejectionRule(dto: AddRejectionRuleDto): Promise<RejectionRuleView> {
    if (!dto.payerIban && !dto.beneficiaryIban) {
      throw new FeatureError(
        BankSimulatorErrorCode.RULE_WITHOUT_CRITERIA,
        'A rejection rule needs a payerIban, a beneficiaryIban or both.',
        { field: 'payerIban' },
      );
    }
    const repository = this.dataSource.getRepository(SimRejectionRule);
    const rule = await repository.save(
      repository.create({
        payerIban: dto.payerIban ?? null,
        beneficiaryIban: dto.beneficiaryIban ?? null,
        reason: dto.reason ?? 'REJECTED_BY_RULE',
        note: dto.note ?? null,
        oneShot: dto.oneShot ?? false,
      }),
    );
    return toRuleView(await repository.findOneByOrFail({ id: rule.id }));
  }

  async listRejectionRules(): Promise<RejectionRuleView[]> {
    const rules = await this.dataSource
      .getRepository(SimRejectionRule)
      .find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return rules.map(toRuleView);
  }

  async removeRejectionRule(id: string): Promise<void> {
    const result = await this.dataSource.getRepository(SimRejectionRule).delete({ id });
    if (!result.affected) {
      throw new FeatureError(BankSimulatorErrorCode.RULE_NOT_FOUND, `No rejection rule ${id}.`, {
        field: 'id',
      });
    }
  }

  /** Received payments, newest first. */
  async listPayments(query: ListPaymentsQuery): Promise<SimPaymentView[]> {
    const builder = this.dataSource
      .getRepository(SimPayment)
      .createQueryBuilder('p')
      .orderBy('p.received_at', 'DESC')
      .addOrderBy('p.reference', 'DESC')
      .limit(query.limit ?? DEFAULT_LIMIT);
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.iban)
      builder.andWhere('(p.payer_iban = :iban OR p.beneficiary_iban = :iban)', { iban: query.iban });
    return (await builder.getMany()).map(toPaymentView);
  }

  async getPayment(documentId: string): Promise<SimPaymentView> {
    const payment = await this.dataSource.getRepository(SimPayment).findOneBy({ documentId });
    if (!payment) {
      throw new FeatureError(
        BankSimulatorErrorCode.PAYMENT_NOT_FOUND,
        `The bank has received no payment for document ${documentId}.`,
        { field: 'documentId' },
      );
    }
    return toPaymentView(payment);
  }

  /** The account's ledger entries, newest first, with the balance they lead to. */
  async statement(iban: string, limit = DEFAULT_LIMIT): Promise<StatementView> {
    const account = await this.getAccount(iban);
    const entries = await this.dataSource
      .getRepository(SimLedgerEntry)
      .createQueryBuilder('e')
      .where('e.iban = :iban', { iban })
      .orderBy('e.booked_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getMany();
    return {
      iban: account.iban,
      currency: account.currency,
      balanceTiyn: account.balanceTiyn,
      entries: entries.map(toEntryView),
    };
  }

  private async changeBalance(
    iban: string,
    delta: (account: AccountState) => number,
    field: string,
    description: string | undefined,
  ): Promise<SimAccountView> {
    return this.dataSource.transaction(async (manager) => {
      const account = (await lockAccounts(manager, [iban])).get(iban);
      if (!account) throw accountNotFound(iban);
      const amountTiyn = delta(account);
      if (account.balanceTiyn + amountTiyn < 0) {
        throw new FeatureError(
          BankSimulatorErrorCode.NEGATIVE_BALANCE,
          `The balance of ${iban} is ${account.balanceTiyn} tiyn; it cannot go below zero.`,
          { field, balanceTiyn: account.balanceTiyn },
        );
      }
      if (!Number.isSafeInteger(account.balanceTiyn + amountTiyn)) {
        throw new FeatureError(
          BankSimulatorErrorCode.BALANCE_TOO_LARGE,
          `The balance of ${iban} would pass ${Number.MAX_SAFE_INTEGER} tiyn.`,
          { field, balanceTiyn: account.balanceTiyn },
        );
      }
      if (amountTiyn !== 0) {
        await post(manager, {
          iban,
          kind: 'ADJUSTMENT',
          amountTiyn,
          description: description ?? 'balance adjustment',
        });
      }
      return this.accountIn(manager, iban);
    });
  }

  private async accountIn(manager: EntityManager, iban: string): Promise<SimAccountView> {
    const account = await manager.getRepository(SimAccount).findOneBy({ iban });
    if (!account) throw accountNotFound(iban);
    return toAccountView(account);
  }
}

function accountNotFound(iban: string): FeatureError {
  return new FeatureError(BankSimulatorErrorCode.ACCOUNT_NOT_FOUND, `The bank holds no account ${iban}.`, {
    field: 'iban',
  });
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

function toAccountView(account: SimAccount): SimAccountView {
  return {
    iban: account.iban,
    currency: account.currency,
    holderName: account.holderName,
    holderBinIin: account.holderBinIin,
    balanceTiyn: account.balanceTiyn,
    blocked: account.blocked,
    openedAt: account.openedAt.toISOString(),
  };
}

function toRuleView(rule: SimRejectionRule): RejectionRuleView {
  return {
    id: rule.id,
    payerIban: rule.payerIban,
    beneficiaryIban: rule.beneficiaryIban,
    reason: rule.reason,
    note: rule.note,
    oneShot: rule.oneShot,
    timesApplied: rule.timesApplied,
    createdAt: rule.createdAt.toISOString(),
  };
}

function toPaymentView(payment: SimPayment): SimPaymentView {
  return {
    documentId: payment.documentId,
    reference: payment.reference,
    organizationId: payment.organizationId,
    payerIban: payment.payerIban,
    beneficiaryIban: payment.beneficiaryIban,
    beneficiaryName: payment.beneficiaryName,
    amountTiyn: payment.amountTiyn,
    currency: payment.currency,
    intraBank: payment.intraBank,
    status: payment.status,
    reason: payment.reason,
    reasonDetail: payment.reasonDetail,
    receiptStatus: payment.receiptStatus,
    receivedAt: payment.receivedAt.toISOString(),
    executeAfter: iso(payment.executeAfter),
    executedAt: iso(payment.executedAt),
    rejectedAt: iso(payment.rejectedAt),
    reportedAt: iso(payment.reportedAt),
    reportAttempts: payment.reportAttempts,
    reportError: payment.reportError,
    order: payment.order,
  };
}

function toEntryView(entry: SimLedgerEntry): LedgerEntryView {
  return {
    id: entry.id,
    kind: entry.kind,
    amountTiyn: entry.amountTiyn,
    balanceAfterTiyn: entry.balanceAfterTiyn,
    documentId: entry.documentId,
    counterpartyIban: entry.counterpartyIban,
    counterpartyName: entry.counterpartyName,
    description: entry.description,
    bookedAt: entry.bookedAt.toISOString(),
  };
}
