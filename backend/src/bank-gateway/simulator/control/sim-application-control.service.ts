import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isIsoCurrency, rateMicros } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { FeatureError } from '../../../common/errors/feature-error.js';
import type { ExchangeRate } from '../../bank-gateway.js';
import { SimApplicationDesk } from '../applications/sim-application-desk.js';
import { queryRows } from '../sql.js';
import { BankSimulatorErrorCode as Code } from './bank-simulator-error-code.js';
import type {
  AddApplicationRuleDto,
  ApplicationRuleView,
  SetExchangeRateDto,
  SimApplicationView,
} from './dto/application-desk.dto.js';

interface RuleRow {
  id: string;
  kind: string | null;
  account_iban: string | null;
  action: string;
  reason: string | null;
  delay_ms: number | null;
  one_shot: boolean;
  times_applied: number;
}

/** Tells the simulated application desk what to do: its rates, its rules; shows what it holds. */
@Injectable()
export class SimApplicationControlService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly desk: SimApplicationDesk,
  ) {}

  rates(): Promise<ExchangeRate[]> {
    return this.desk.exchangeRates();
  }

  async setRate(currency: string, dto: SetExchangeRateDto): Promise<ExchangeRate> {
    const buy = rateMicros(dto.buy);
    const sell = rateMicros(dto.sell);
    if (currency === 'KZT' || !isIsoCurrency(currency)) {
      throw new FeatureError(Code.RATE_INVALID, 'A rate is for a foreign ISO 4217 currency.', {
        field: 'currency',
      });
    }
    if (buy === undefined || sell === undefined || sell < buy) {
      throw new FeatureError(
        Code.RATE_INVALID,
        'Rates are positive and the bank sells at or above its buying rate.',
        {
          field: sell === undefined || (buy !== undefined && sell < buy) ? 'sell' : 'buy',
        },
      );
    }
    await this.dataSource.query(
      `INSERT INTO sim_exchange_rate (currency, buy, sell, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (currency) DO UPDATE SET buy = EXCLUDED.buy, sell = EXCLUDED.sell, updated_at = now()`,
      [currency, dto.buy, dto.sell],
    );
    return (await this.desk.exchangeRates()).find((rate) => rate.currency === currency)!;
  }

  async addRule(dto: AddApplicationRuleDto): Promise<ApplicationRuleView> {
    if (dto.action === 'REFUSE' ? !dto.reason : dto.delayMs === undefined) {
      throw new FeatureError(Code.RULE_INCOMPLETE, 'A REFUSE rule names a reason; a DELAY rule a delayMs.', {
        field: dto.action === 'REFUSE' ? 'reason' : 'delayMs',
      });
    }
    const [row] = await queryRows<RuleRow>(
      this.dataSource,
      `INSERT INTO sim_application_rule (id, kind, account_iban, action, reason, delay_ms, one_shot)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, kind, account_iban, action, reason, delay_ms, one_shot, times_applied`,
      [
        randomUUID(),
        dto.kind ?? null,
        dto.accountIban ?? null,
        dto.action,
        dto.action === 'REFUSE' ? dto.reason : null,
        dto.action === 'DELAY' ? dto.delayMs : null,
        dto.oneShot ?? false,
      ],
    );
    return ruleView(row!);
  }

  async rules(): Promise<ApplicationRuleView[]> {
    const rows = await queryRows<RuleRow>(
      this.dataSource,
      `SELECT id, kind, account_iban, action, reason, delay_ms, one_shot, times_applied
       FROM sim_application_rule ORDER BY created_at, id`,
    );
    return rows.map(ruleView);
  }

  async removeRule(id: string): Promise<void> {
    const removed = await queryRows<{ id: string }>(
      this.dataSource,
      `DELETE FROM sim_application_rule WHERE id = $1 RETURNING id`,
      [id],
    );
    if (removed.length === 0) throw new FeatureError(Code.RULE_NOT_FOUND, 'No such rule.', { field: 'id' });
  }

  async applications(): Promise<SimApplicationView[]> {
    return (await this.query('ORDER BY received_at DESC LIMIT 200', [])).map(applicationView);
  }

  async application(applicationId: string): Promise<SimApplicationView> {
    const [row] = await this.query('WHERE application_id = $1', [applicationId]);
    if (!row) {
      throw new FeatureError(Code.APPLICATION_NOT_FOUND, 'The bank holds no such application.', {
        field: 'applicationId',
      });
    }
    return applicationView(row);
  }

  private query(tail: string, params: unknown[]) {
    return queryRows<{
      application_id: string;
      reference: string;
      kind: string;
      status: string;
      reason: string | null;
      result: Record<string, unknown> | null;
      received_at: Date;
    }>(
      this.dataSource,
      // The answer file's bytes stay out of listings: the platform downloads them, not the console.
      `SELECT application_id, reference, kind, status, reason, result - 'file' AS result, received_at
       FROM sim_application ${tail}`,
      params,
    );
  }
}

function ruleView(row: RuleRow): ApplicationRuleView {
  return {
    id: row.id,
    kind: row.kind,
    accountIban: row.account_iban,
    action: row.action,
    reason: row.reason,
    delayMs: row.delay_ms,
    oneShot: row.one_shot,
    timesApplied: row.times_applied,
  };
}

function applicationView(
  row: Awaited<ReturnType<SimApplicationControlService['query']>>[number],
): SimApplicationView {
  return {
    applicationId: row.application_id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    ...(row.result ? { result: row.result } : {}),
    receivedAt: row.received_at.toISOString(),
  };
}
