import { HttpStatus } from '@nestjs/common';
import { AccountForecastErrorCode as Code } from './account-forecast-error-code.js';

/** HTTP status of each forecast error. */
export const ACCOUNT_FORECAST_STATUS: Record<Code, number> = {
  [Code.NOT_TENGE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.BALANCE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};
