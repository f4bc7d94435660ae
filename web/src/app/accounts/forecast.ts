import type { components } from '../core/http/api-types.generated';

/** A tenge account's available balance day by day (GET /api/accounts/:iban/forecast). */
export type AccountForecastView = components['schemas']['AccountForecastView'];

/** One day of it: the payments leaving the account that day and what is left after them. */
export type ForecastDayView = components['schemas']['ForecastDayView'];
