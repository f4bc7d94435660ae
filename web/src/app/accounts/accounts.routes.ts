import type { Routes } from '@angular/router';

/** An account's statement and forecast (the home page lists the accounts). */
export const ACCOUNTS_ROUTES: Routes = [
  {
    path: 'accounts/:iban/forecast',
    title: 'forecast.title',
    loadComponent: () =>
      import('./account-forecast-page.component').then((m) => m.AccountForecastPageComponent),
  },
  {
    path: 'accounts/:iban',
    title: 'statement.title',
    loadComponent: () =>
      import('./account-statement-page.component').then((m) => m.AccountStatementPageComponent),
  },
];
