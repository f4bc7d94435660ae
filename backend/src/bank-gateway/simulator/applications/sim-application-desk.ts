import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { almatyDate, type ApplicationContent } from '@qoltanba/workflows/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../config/app-config.js';
import { AppLogger } from '../../../logging/app-logger.js';
import type {
  BankApplicationOrder,
  BankApplicationReceipt,
  BankApplicationReport,
  ExchangeRate,
} from '../../bank-gateway.js';
import { tiynFromDatabase } from '../../../common/database/tiyn-column.js';
import { lockAccounts, post } from '../ledger.js';
import { queryRows } from '../sql.js';
import { accountsOf, decideApplication, type ApplicationDecision } from './application-decision.js';
import { renderCertificate } from './certificate-pdf.js';

interface HeldApplication {
  application_id: string;
  reference: string;
  kind: string;
  order: BankApplicationOrder;
  status: 'ACCEPTED' | 'IN_PROGRESS';
}

type Outcome =
  | { status: 'DONE'; result: NonNullable<BankApplicationReport['result']> }
  | { status: 'REFUSED'; reason: string };

/**
 * The simulated bank's application desk over PostgreSQL: it receives applications (keyed by the
 * platform's id, so a repeat answers the first receipt), moves each through IN_PROGRESS to its
 * outcome a step at a time, executes it in one transaction holding the accounts, and owes the
 * platform a report of every step (`sim_application_report`, delivered by the runner).
 */
@Injectable()
export class SimApplicationDesk {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  async submit(order: BankApplicationOrder): Promise<BankApplicationReceipt> {
    const first = await this.receiptOf(this.dataSource.manager, order.applicationId);
    if (first) return first;
    return this.dataSource.transaction(async (manager) => {
      // Only a first submission meets the rules: a repeat must not use up a one-shot rule.
      const refusal = await this.refusalAtReceipt(manager, order.content);
      const delayMs = this.config.bank.simulator.applicationStepMs + (await this.delayRules(manager, order));
      const rows = await queryRows<ReceiptRow>(
        manager,
        `INSERT INTO sim_application (application_id, reference, organization_id, kind, "order", status,
                                      receipt_status, reason, due_at)
         VALUES ($1, 'APP' || to_char(now() AT TIME ZONE 'Asia/Almaty', 'YYMMDD')
                   || lpad(nextval('sim_application_reference_seq')::text, 6, '0'),
                 $2, $3, $4::jsonb, $5, $5, $6,
                 CASE WHEN $5 = 'ACCEPTED' THEN now() + make_interval(secs => $7::double precision / 1000) END)
         ON CONFLICT (application_id) DO NOTHING
         RETURNING reference, receipt_status, reason, received_at`,
        [
          order.applicationId,
          order.organizationId,
          order.content.kind,
          JSON.stringify(order),
          refusal ? 'REFUSED' : 'ACCEPTED',
          refusal ?? null,
          delayMs,
        ],
      );
      const row = rows[0];
      // A concurrent twin waited for the first one's commit: it answers the first receipt.
      if (!row) return (await this.receiptOf(manager, order.applicationId))!;
      this.logger.info(
        { applicationId: order.applicationId, kind: order.content.kind, receipt: row.receipt_status },
        'bank simulator received an application',
      );
      return receipt(row);
    });
  }

  private async receiptOf(
    manager: EntityManager,
    applicationId: string,
  ): Promise<BankApplicationReceipt | undefined> {
    const [row] = await queryRows<ReceiptRow>(
      manager,
      `SELECT reference, receipt_status, reason, received_at FROM sim_application WHERE application_id = $1`,
      [applicationId],
    );
    return row && receipt(row);
  }

  async exchangeRates(): Promise<ExchangeRate[]> {
    const rows = await queryRows<{ currency: string; buy: string; sell: string; updated_at: Date }>(
      this.dataSource,
      `SELECT currency, buy::text, sell::text, updated_at FROM sim_exchange_rate ORDER BY currency`,
    );
    return rows.map((row) => ({
      currency: row.currency,
      buy: trimRate(row.buy),
      sell: trimRate(row.sell),
      updatedAt: row.updated_at.toISOString(),
    }));
  }

  /**
   * Moves the application due first one step: ACCEPTED → IN_PROGRESS, or IN_PROGRESS → its outcome.
   * Concurrent runners skip the rows another holds. False when nothing was due.
   */
  async progressNextDue(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [held] = await queryRows<HeldApplication>(
        manager,
        `SELECT application_id, reference, kind, "order", status FROM sim_application
         WHERE status IN ('ACCEPTED', 'IN_PROGRESS') AND due_at <= now()
         ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!held) return false;
      if (held.status === 'ACCEPTED') {
        await manager.query(
          `UPDATE sim_application SET status = 'IN_PROGRESS', updated_at = now(),
             due_at = now() + make_interval(secs => $2::double precision / 1000)
           WHERE application_id = $1`,
          [held.application_id, this.config.bank.simulator.applicationStepMs],
        );
        await owe(manager, held.application_id, { status: 'IN_PROGRESS', reference: held.reference });
        return true;
      }
      const outcome = await this.execute(manager, held);
      await manager.query(
        `UPDATE sim_application SET status = $2, reason = $3, result = $4::jsonb, updated_at = now(), due_at = NULL
         WHERE application_id = $1`,
        [
          held.application_id,
          outcome.status,
          outcome.status === 'REFUSED' ? outcome.reason : null,
          outcome.status === 'DONE' ? JSON.stringify(outcome.result) : null,
        ],
      );
      await owe(manager, held.application_id, { ...outcome, reference: held.reference });
      this.logger.info(
        { applicationId: held.application_id, kind: held.kind, status: outcome.status },
        'bank simulator executed an application',
      );
      return true;
    });
  }

  private async execute(manager: EntityManager, held: HeldApplication): Promise<Outcome> {
    const { content } = held.order;
    const rule = await this.refusalRule(manager, content);
    if (rule) return { status: 'REFUSED', reason: rule };
    switch (content.kind) {
      case 'CANCELLATION':
        return this.cancel(manager, content.applicationId);
      case 'BANK_CERTIFICATE':
        return this.certificate(manager, held);
      case 'TENDER_GUARANTEE':
        return {
          status: 'DONE',
          // The reference is APP<yymmdd><seq>: the guarantee takes its day and sequence.
          result: { guaranteeNumber: `G-${held.reference.slice(3, 9)}-${held.reference.slice(9)}` },
        };
      default:
        return this.book(manager, held.application_id, content);
    }
  }

  /** Executes a money-moving application: the decision over the locked accounts, then its postings. */
  private async book(
    manager: EntityManager,
    applicationId: string,
    content: ApplicationContent,
  ): Promise<Outcome> {
    const accounts = await lockAccounts(manager, accountsOf(content));
    const rates = new Map((await this.exchangeRates()).map((rate) => [rate.currency, rate]));
    const decision: ApplicationDecision = decideApplication(content, accounts, rates);
    if (decision.status === 'REFUSED') return decision;
    for (const posting of decision.postings) {
      await post(manager, {
        iban: posting.iban,
        kind: posting.amountMinor < 0 ? 'DEBIT' : 'CREDIT',
        amountTiyn: posting.amountMinor,
        applicationId,
        description: posting.description,
      });
    }
    return { status: 'DONE', result: decision.result };
  }

  /** Cancels the application named, if the bank still holds it unfinished; else the cancellation is refused. */
  private async cancel(manager: EntityManager, cancelledId: string): Promise<Outcome> {
    const cancelled = await queryRows<{ application_id: string; reference: string }>(
      manager,
      `UPDATE sim_application SET status = 'CANCELLED', due_at = NULL, updated_at = now()
       WHERE application_id = $1 AND status IN ('ACCEPTED', 'IN_PROGRESS')
       RETURNING application_id, reference`,
      [cancelledId],
    );
    const original = cancelled[0];
    if (!original) return { status: 'REFUSED', reason: 'ALREADY_COMPLETED' };
    await owe(manager, original.application_id, { status: 'CANCELLED', reference: original.reference });
    return { status: 'DONE', result: { note: 'CANCELLED' } };
  }

  private async certificate(manager: EntityManager, held: HeldApplication): Promise<Outcome> {
    const content = held.order.content;
    if (content.kind !== 'BANK_CERTIFICATE') throw new Error('not a certificate');
    const today = almatyDate(new Date().toISOString());
    let account: { iban: string; currency: string } | undefined;
    let balanceMinor: number | undefined;
    let turnover: { debitMinor: number; creditMinor: number } | undefined;
    if (content.accountIban) {
      const [row] = await queryRows<{ currency: string }>(
        manager,
        `SELECT currency FROM sim_account WHERE iban = $1`,
        [content.accountIban],
      );
      if (!row) return { status: 'REFUSED', reason: 'ACCOUNT_NOT_FOUND' };
      account = { iban: content.accountIban, currency: row.currency };
      const [balance] = await queryRows<{ balance_after_tiyn: string }>(
        manager,
        `SELECT balance_after_tiyn FROM sim_ledger_entry
         WHERE iban = $1 AND booked_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty')
         ORDER BY id DESC LIMIT 1`,
        [content.accountIban, content.asOf ?? today],
      );
      balanceMinor = balance ? tiynFromDatabase(balance.balance_after_tiyn) : 0;
      const [sums] = await queryRows<{ debit: string; credit: string }>(
        manager,
        `SELECT COALESCE(-sum(amount_tiyn) FILTER (WHERE amount_tiyn < 0), 0) AS debit,
                COALESCE(sum(amount_tiyn) FILTER (WHERE amount_tiyn > 0), 0) AS credit
         FROM sim_ledger_entry WHERE iban = $1
           AND booked_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Almaty'
           AND booked_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty')`,
        [content.accountIban, content.from ?? today, content.to ?? today],
      );
      turnover = { debitMinor: tiynFromDatabase(sums!.debit), creditMinor: tiynFromDatabase(sums!.credit) };
    }
    const pdf = await renderCertificate({
      bank: { name: this.config.bank.name, bic: this.config.bank.bic },
      organization: held.order.organization,
      reference: held.reference,
      request: content,
      ...(account ? { account } : {}),
      ...(balanceMinor !== undefined ? { balanceMinor } : {}),
      ...(turnover ? { turnover } : {}),
      issuedOn: today,
    });
    return {
      status: 'DONE',
      result: {
        file: {
          fileName: `${content.certificateKind.toLowerCase()}-${held.reference}.pdf`,
          mediaType: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        },
      },
    };
  }

  /** An account the bank does not hold, or has blocked, refuses the application on receipt. */
  private async refusalAtReceipt(
    manager: EntityManager,
    content: ApplicationContent,
  ): Promise<string | undefined> {
    const ibans = accountsOf(content);
    if (ibans.length === 0) return undefined;
    const rows = await queryRows<{ iban: string; blocked: boolean }>(
      manager,
      `SELECT iban, blocked FROM sim_account WHERE iban = ANY($1::text[])`,
      [ibans],
    );
    if (rows.length < new Set(ibans).size) return 'ACCOUNT_NOT_FOUND';
    return rows.some((row) => row.blocked) ? 'ACCOUNT_BLOCKED' : undefined;
  }

  /** Extra hold the matching DELAY rules put on a new application (a one-shot rule is used up). */
  private async delayRules(manager: EntityManager, order: BankApplicationOrder): Promise<number> {
    const rules = await this.matchingRules(manager, order.content, 'DELAY');
    return rules.reduce((total, rule) => total + (rule.delay_ms ?? 0), 0);
  }

  /** The reason of the oldest matching REFUSE rule, applied at execution. */
  private async refusalRule(
    manager: EntityManager,
    content: ApplicationContent,
  ): Promise<string | undefined> {
    return (await this.matchingRules(manager, content, 'REFUSE'))[0]?.reason ?? undefined;
  }

  private async matchingRules(
    manager: EntityManager,
    content: ApplicationContent,
    action: 'REFUSE' | 'DELAY',
  ) {
    const rules = await queryRows<{
      id: string;
      reason: string | null;
      delay_ms: number | null;
      one_shot: boolean;
    }>(
      manager,
      `SELECT id, reason, delay_ms, one_shot FROM sim_application_rule
       WHERE action = $1 AND (kind IS NULL OR kind = $2) AND (account_iban IS NULL OR account_iban = ANY($3::text[]))
       ORDER BY created_at, id ${action === 'REFUSE' ? 'LIMIT 1' : ''} FOR UPDATE`,
      [action, content.kind, accountsOf(content)],
    );
    for (const rule of rules) {
      await manager.query(
        rule.one_shot
          ? 'DELETE FROM sim_application_rule WHERE id = $1'
          : 'UPDATE sim_application_rule SET times_applied = times_applied + 1 WHERE id = $1',
        [rule.id],
      );
    }
    return rules;
  }
}

interface ReceiptRow {
  reference: string;
  receipt_status: 'ACCEPTED' | 'REFUSED';
  reason: string | null;
  received_at: Date;
}

function receipt(row: ReceiptRow): BankApplicationReceipt {
  return {
    reference: row.reference,
    status: row.receipt_status,
    ...(row.receipt_status === 'REFUSED' && row.reason ? { reason: row.reason } : {}),
    at: row.received_at.toISOString(),
  };
}

/** Owes the platform a report, due at once; committed with the step it reports. */
async function owe(
  manager: EntityManager,
  applicationId: string,
  report: Omit<BankApplicationReport, 'at'>,
): Promise<void> {
  await manager.query(
    `INSERT INTO sim_application_report (application_id, report)
     VALUES ($1, $2::jsonb || jsonb_build_object('at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))`,
    [applicationId, JSON.stringify(report)],
  );
}

/** `472.000000` as `472.00`: trailing zeros beyond the cents dropped. */
function trimRate(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`;
}
