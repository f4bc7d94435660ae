import { Injectable } from '@nestjs/common';
import { quoteExchange } from '@qoltanba/workflows/domain';
import { BankGateway } from '../bank-gateway/bank-gateway.js';

/** 50 000 USD at about 470 KZT: the usual level above which contracts are registered. */
const CONTRACT_REGISTRATION_THRESHOLD_TIYN = 23_500_000_00;

/**
 * Currency control: above the threshold the bank applies (a tenge amount in the configuration), a
 * foreign-currency transfer must name its contract's registration number. The threshold in another
 * currency is the tenge amount bought at the bank's current rate.
 */
@Injectable()
export class ContractThresholdService {
  constructor(private readonly bank: BankGateway) {}

  /** Minor units of `currency` from which the registration number is required (undefined: no rate). */
  async current(): Promise<(currency: string) => number | undefined> {
    const rates = new Map(
      (await this.bank.exchangeRates()).map((rate) => [rate.currency, { buy: rate.buy, sell: rate.sell }]),
    );
    const thresholdTiyn = CONTRACT_REGISTRATION_THRESHOLD_TIYN;
    return (currency) => {
      if (currency === 'KZT') return thresholdTiyn;
      const quote = quoteExchange({
        kind: 'CURRENCY_PURCHASE',
        debitCurrency: 'KZT',
        creditCurrency: currency,
        fixedSide: 'DEBIT',
        amountMinor: thresholdTiyn,
        rates,
      });
      return quote.ok ? quote.credited.minor : undefined;
    };
  }
}
