import { setTimeout as delay } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { AppLogger } from '../../logging/app-logger.js';
import {
  type AccountBalance,
  type AccountStatement,
  type PeriodStatement,
  type BankApplicationOrder,
  type BankApplicationReceipt,
  BankGateway,
  type ExchangeRate,
  type BankPaymentOrder,
  type BankReceipt,
  type BankRejectionReason,
  InvalidBankOrderError,
  type BankFeeOrder,
  type BankFeeReceipt,
} from '../bank-gateway.js';
import { SimApplicationDesk } from './applications/sim-application-desk.js';
import { SimFeeDesk } from './sim-fee-desk.js';
import { SimStatements } from './sim-statements.js';
import { tiynFromDatabase } from '../../common/database/tiyn-column.js';
import { lockAccounts, post, type Posting } from './ledger.js';
import {
  type AccountState,
  decideExecution,
  decideSubmission,
  decidePayroll,
  isIntraBank,
  type MatchedRule,
  type PaymentDecision,
  type SimulatedBank,
} from './payment-decision.js';
import { type OwedReport, toOwedReport, type ReportRow } from './status-outbox.js';
import { queryRows } from './sql.js';

interface ReceiptRow {
  reference: string;
  receipt_status: BankReceipt['status'];
  reason: BankRejectionReason | null;
  received_at: Date;
}

/**
 * A small bank core over PostgreSQL: the default `BankGateway`. Intra-bank payments are booked at
 * once; interbank ones are accepted and executed later by the worker's `BankSimulatorRunner`.
 * Every decision and its money movements happen in one transaction that holds the rows it reads.
 */
@Injectable()
export class BankSimulator extends BankGateway {
  readonly bank: SimulatedBank;
  private readonly statements: SimStatements;
  private readonly interbankDelayMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
    private readonly desk: SimApplicationDesk,
    private readonly fees: SimFeeDesk,
  ) {
    super();
    this.statements = new SimStatements(dataSource);
    this.bank = { bankCode: config.bank.code, bic: config.bank.bic };
    this.interbankDelayMs = config.bank.simulator.interbankDelayMs;
  }

  async submitPayment(order: BankPaymentOrder): Promise<BankReceipt> {
    await this.assertUp();
    const receipt = await this.book(order);
    // A slow bank answers late although it has booked the payment: the case of a caller that
    // gives up (or dies) and asks again, which the document id makes harmless.
    if (this.config.bank.simulator.responseDelayMs > 0)
      await delay(this.config.bank.simulator.responseDelayMs);
    return receipt;
  }

  /**
   * A bank that is down answers nothing: the caller's activity fails and retries with backoff, as
   * against a real core in maintenance (the operators' console finds such payments stuck).
   */
  private async assertUp(): Promise<void> {
    const [outage] = await this.dataSource.query<{ reason: string }[]>(`SELECT reason FROM sim_outage`);
    if (outage) throw new Error(`the bank is unavailable (simulated outage: ${outage.reason})`);
  }

  private async book(order: BankPaymentOrder): Promise<BankReceipt> {
    assertWellFormed(order);
    const intraBank = isIntraBank(order, this.bank);
    return this.dataSource.transaction(async (manager) => {
      // The document id is the key: a repeat (or a concurrent twin, which waits for our commit
      // here) inserts nothing and answers the first receipt.
      const inserted = await queryRows<unknown>(
        manager,
        `INSERT INTO sim_payment (document_id, reference, organization_id, payer_iban, beneficiary_iban,
           beneficiary_name, amount_tiyn, currency, intra_bank, status, receipt_status, execute_after, "order")
         VALUES ($1, 'SIM' || to_char(now() AT TIME ZONE 'Asia/Almaty', 'YYMMDD')
                   || lpad(nextval('sim_payment_reference_seq')::text, 8, '0'),
                 $2, $3, $4, $5, $6, $7, $8, 'ACCEPTED', 'ACCEPTED', 'infinity', $9::jsonb)
         ON CONFLICT (document_id) DO NOTHING
         RETURNING document_id`,
        [
          order.documentId,
          order.organizationId,
          order.payerIban,
          order.beneficiary.iban,
          order.beneficiary.name,
          order.amountTiyn,
          order.currency,
          intraBank,
          JSON.stringify(order),
        ],
      );
      if (inserted.length === 0) return this.repeatedReceipt(manager, order);

      const payroll = payrollOf(order);
      const credited = payroll ? payroll.map((row) => row.iban) : intraBank ? [order.beneficiary.iban] : [];
      const accounts = await lockAccounts(manager, [...new Set([order.payerIban, ...credited])]);
      const rule = await this.applyMatchingRule(manager, order);
      const payer = accounts.get(order.payerIban);
      const decision = payroll
        ? decidePayroll({
            order,
            payer,
            employees: payroll.map((row) => ({ iin: row.iin, account: accounts.get(row.iban) })),
            rule,
          })
        : decideSubmission({
            order,
            bank: this.bank,
            payer,
            beneficiary: intraBank ? accounts.get(order.beneficiary.iban) : undefined,
            rule,
          });
      if (decision.status === 'EXECUTED') {
        if (payroll) await this.payEmployees(manager, order, payroll, payer!);
        else await this.transfer(manager, order, payer!);
      }
      const receipt = await this.record(manager, order.documentId, decision);
      this.logger.info(
        {
          documentId: order.documentId,
          reference: receipt.reference,
          status: receipt.status,
          reason: receipt.reason,
        },
        'bank simulator received a payment',
      );
      return receipt;
    });
  }

  submitApplication(order: BankApplicationOrder): Promise<BankApplicationReceipt> {
    return this.desk.submit(order);
  }

  exchangeRates(): Promise<ExchangeRate[]> {
    return this.desk.exchangeRates();
  }

  async chargeFee(order: BankFeeOrder): Promise<BankFeeReceipt> {
    const receipt = await this.fees.charge(order, { name: this.config.bank.name, bic: this.bank.bic });
    // As with payments: a slow bank answers late although it has booked the fee.
    if (this.config.bank.simulator.responseDelayMs > 0)
      await delay(this.config.bank.simulator.responseDelayMs);
    return receipt;
  }

  async getBalances(ibans: readonly string[]): Promise<AccountBalance[]> {
    // Money of accepted interbank payments is on its way out: still in the balance, no longer available.
    const rows = await queryRows<{
      iban: string;
      currency: string;
      balance_tiyn: string;
      blocked: boolean;
      pending: string;
    }>(
      this.dataSource,
      `SELECT a.iban, a.currency, a.balance_tiyn, a.blocked,
                COALESCE((SELECT sum(p.amount_tiyn) FROM sim_payment p
                          WHERE p.payer_iban = a.iban AND p.status = 'ACCEPTED'), 0) AS pending
         FROM sim_account a WHERE a.iban = ANY($1::text[])`,
      [[...ibans]],
    );
    const byIban = new Map(
      rows.map((row) => {
        const balanceTiyn = tiynFromDatabase(row.balance_tiyn);
        const available = row.blocked ? 0 : Math.max(0, balanceTiyn - tiynFromDatabase(row.pending));
        return [row.iban, { iban: row.iban, currency: row.currency, balanceTiyn, availableTiyn: available }];
      }),
    );
    return ibans.flatMap((iban) => byIban.get(iban) ?? []);
  }

  statement(iban: string, limit: number): Promise<AccountStatement | undefined> {
    return this.statements.latest(iban, limit);
  }

  periodStatement(
    iban: string,
    period: { from: string; to: string },
    maxEntries: number,
  ): Promise<PeriodStatement | undefined> {
    return this.statements.period(iban, period, maxEntries);
  }

  /**
   * Executes one accepted interbank payment whose delay has passed, if any, checking the payer's
   * funds now. Concurrent runners skip the rows another one holds. The outcome is owed to the
   * platform from this commit on; the caller gets it with a lease of `leaseMs` to deliver it first
   * (0: the caller will not deliver it, so it is due at once for any runner that can).
   */
  async executeNextDuePayment(leaseMs: number): Promise<OwedReport | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const due = await queryRows<{
        document_id: string;
        payer_iban: string;
        amount_tiyn: string;
        order: BankPaymentOrder;
      }>(
        manager,
        `SELECT document_id, payer_iban, amount_tiyn, "order" FROM sim_payment
           WHERE status = 'ACCEPTED' AND execute_after <= now()
           ORDER BY execute_after LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      const payment = due[0];
      if (!payment) return undefined;
      const amountTiyn = tiynFromDatabase(payment.amount_tiyn);
      const payer = (await lockAccounts(manager, [payment.payer_iban])).get(payment.payer_iban);
      const decision = decideExecution(amountTiyn, payer);
      if (decision.status === 'EXECUTED') {
        await post(manager, {
          iban: payment.payer_iban,
          kind: 'DEBIT',
          amountTiyn: -amountTiyn,
          documentId: payment.document_id,
          ...beneficiarySide(payment.order),
        });
      }
      const rows = await queryRows<ReportRow>(
        manager,
        `UPDATE sim_payment SET
           status = $2::text, reason = $3, reason_detail = $4,
           executed_at = CASE WHEN $2::text = 'EXECUTED' THEN now() END,
           rejected_at = CASE WHEN $2::text = 'REJECTED' THEN now() END,
           report_due_at = now() + make_interval(secs => $5::double precision / 1000),
           report_attempts = CASE WHEN $5::double precision > 0 THEN 1 ELSE 0 END
         WHERE document_id = $1
         RETURNING document_id, status, reference, reason, executed_at, rejected_at, report_attempts`,
        [payment.document_id, decision.status, reasonOf(decision), detailOf(decision), leaseMs],
      );
      this.logger.info(
        { documentId: payment.document_id, status: decision.status, reason: reasonOf(decision) },
        'bank simulator executed an interbank payment',
      );
      return toOwedReport(rows[0]!);
    });
  }

  private async repeatedReceipt(manager: EntityManager, order: BankPaymentOrder): Promise<BankReceipt> {
    const rows = await queryRows<
      ReceiptRow & { amount_tiyn: string; payer_iban: string; beneficiary_iban: string }
    >(
      manager,
      `SELECT reference, receipt_status, reason, received_at, amount_tiyn, payer_iban, beneficiary_iban
         FROM sim_payment WHERE document_id = $1`,
      [order.documentId],
    );
    const row = rows[0]!;
    if (
      tiynFromDatabase(row.amount_tiyn) !== order.amountTiyn ||
      row.payer_iban !== order.payerIban ||
      row.beneficiary_iban !== order.beneficiary.iban
    ) {
      // The first order stands; a different one under the same id is a bug upstream worth seeing.
      this.logger.warn(
        { documentId: order.documentId, reference: row.reference },
        'bank simulator got a different order under a document id it already has; answering the first receipt',
      );
    }
    return toReceipt(row);
  }

  /** The oldest rule matching the order, applied: a one-shot rule is used up, others counted. */
  private async applyMatchingRule(
    manager: EntityManager,
    order: BankPaymentOrder,
  ): Promise<MatchedRule | undefined> {
    const rules = await queryRows<MatchedRule & { one_shot: boolean }>(
      manager,
      `SELECT id, reason, note, one_shot FROM sim_rejection_rule
       WHERE (payer_iban IS NULL OR payer_iban = $1) AND (beneficiary_iban IS NULL OR beneficiary_iban = $2)
       ORDER BY created_at, id LIMIT 1 FOR UPDATE`,
      [order.payerIban, order.beneficiary.iban],
    );
    const rule = rules[0];
    if (!rule) return undefined;
    await manager.query(
      rule.one_shot
        ? 'DELETE FROM sim_rejection_rule WHERE id = $1'
        : 'UPDATE sim_rejection_rule SET times_applied = times_applied + 1 WHERE id = $1',
      [rule.id],
    );
    return { id: rule.id, reason: rule.reason, note: rule.note };
  }

  private async transfer(
    manager: EntityManager,
    order: BankPaymentOrder,
    payer: AccountState,
  ): Promise<void> {
    await post(manager, {
      iban: order.payerIban,
      kind: 'DEBIT',
      amountTiyn: -order.amountTiyn,
      documentId: order.documentId,
      ...beneficiarySide(order),
    });
    await post(manager, {
      iban: order.beneficiary.iban,
      kind: 'CREDIT',
      amountTiyn: order.amountTiyn,
      documentId: order.documentId,
      counterpartyIban: order.payerIban,
      counterpartyName: payer.holderName,
      counterparty: { binIin: payer.holderBinIin, bic: this.bank.bic, kbe: order.kod },
      knp: order.knp,
      document: { number: order.number, date: order.date },
      description: order.purpose,
    });
  }

  /** One debit of the total from the payer, one credit per employee from the payer. */
  private async payEmployees(
    manager: EntityManager,
    order: BankPaymentOrder,
    employees: readonly PayrollRow[],
    payer: AccountState,
  ): Promise<void> {
    await post(manager, {
      iban: order.payerIban,
      kind: 'DEBIT',
      amountTiyn: -order.amountTiyn,
      documentId: order.documentId,
      ...beneficiarySide(order),
    });
    for (const row of employees) {
      await post(manager, {
        iban: row.iban,
        kind: 'CREDIT',
        amountTiyn: row.amountTiyn,
        documentId: order.documentId,
        counterpartyIban: order.payerIban,
        counterpartyName: payer.holderName,
        counterparty: { binIin: payer.holderBinIin, bic: this.bank.bic, kbe: order.kod },
        knp: order.knp,
        document: { number: order.number, date: order.date },
        description: order.purpose,
      });
    }
  }

  private async record(
    manager: EntityManager,
    documentId: string,
    decision: PaymentDecision,
  ): Promise<BankReceipt> {
    const rows = await queryRows<ReceiptRow>(
      manager,
      `UPDATE sim_payment SET
         status = $2::text, receipt_status = $2::text, reason = $3, reason_detail = $4,
         execute_after = CASE WHEN $2::text = 'ACCEPTED'
                              THEN now() + make_interval(secs => $5::double precision / 1000) END,
         executed_at = CASE WHEN $2::text = 'EXECUTED' THEN now() END,
         rejected_at = CASE WHEN $2::text = 'REJECTED' THEN now() END
       WHERE document_id = $1
       RETURNING reference, receipt_status, reason, received_at`,
      [documentId, decision.status, reasonOf(decision), detailOf(decision), this.interbankDelayMs],
    );
    return toReceipt(rows[0]!);
  }
}

function toReceipt(row: ReceiptRow): BankReceipt {
  return {
    reference: row.reference,
    status: row.receipt_status,
    ...(row.receipt_status === 'REJECTED' && row.reason ? { reason: row.reason } : {}),
    at: row.received_at.toISOString(),
  };
}

const reasonOf = (decision: PaymentDecision) => (decision.status === 'REJECTED' ? decision.reason : null);
const detailOf = (decision: PaymentDecision) => (decision.status === 'REJECTED' ? decision.detail : null);

/** What the contract's types promise but a caller in plain JSON could still break. */
function assertWellFormed(order: BankPaymentOrder): void {
  if (typeof order.documentId !== 'string' || order.documentId.length === 0) {
    throw new InvalidBankOrderError('documentId must be a non-empty string');
  }
  if (!Number.isSafeInteger(order.amountTiyn) || order.amountTiyn <= 0) {
    throw new InvalidBankOrderError(
      `amountTiyn must be a positive whole number of tiyn, got ${order.amountTiyn}`,
    );
  }
  if (order.currency !== 'KZT') {
    throw new InvalidBankOrderError(`currency must be KZT, got ${String(order.currency)}`);
  }
  if (typeof order.payerIban !== 'string' || typeof order.beneficiary?.iban !== 'string') {
    throw new InvalidBankOrderError('payerIban and beneficiary.iban must be strings');
  }
}

interface PayrollRow {
  iin: string;
  iban: string;
  amountTiyn: number;
}

/** The rows a salary payment credits, or undefined for every other payment. */
function payrollOf(order: BankPaymentOrder): PayrollRow[] | undefined {
  if (order.kind !== 'SALARY' || !Array.isArray(order.employees) || order.employees.length === 0)
    return undefined;
  return order.employees.map((row) => ({ iin: row.iin, iban: row.iban ?? '', amountTiyn: row.amountTiyn }));
}

/** The payer's entry of a payment: the beneficiary is the other side. */
function beneficiarySide(order: BankPaymentOrder): Omit<Posting, 'iban' | 'kind' | 'amountTiyn'> {
  const { beneficiary } = order;
  return {
    counterpartyIban: beneficiary.iban,
    counterpartyName: beneficiary.name,
    counterparty: { binIin: beneficiary.binIin, bic: beneficiary.bic, kbe: beneficiary.kbe },
    knp: order.knp,
    document: { number: order.number, date: order.date },
    description: order.purpose,
  };
}
