/** Why an account's forecast was not given. */
export enum AccountForecastErrorCode {
  /** Payment orders are tenge only: a currency account has none to forecast. */
  NOT_TENGE = 'FORECAST_ACCOUNT_NOT_TENGE',
  /** The bank's core did not give the account's available balance, the forecast's start. */
  BALANCE_UNAVAILABLE = 'FORECAST_BALANCE_UNAVAILABLE',
}
