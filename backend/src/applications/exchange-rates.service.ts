import { Injectable } from '@nestjs/common';
import { BankGateway, type ExchangeRate } from '../bank-gateway/bank-gateway.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { ApplicationsErrorCode } from './applications-error-code.js';

/** The bank's published rates, for the exchange forms. */
@Injectable()
export class ExchangeRatesService {
  constructor(private readonly bank: BankGateway) {}

  async current(): Promise<ExchangeRate[]> {
    try {
      return await this.bank.exchangeRates();
    } catch {
      throw new FeatureError(
        ApplicationsErrorCode.RATES_UNAVAILABLE,
        'The bank’s rates cannot be read right now; please try again.',
      );
    }
  }
}
