import {
  type ApplicationConfig,
  DOCUMENT,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';
import { SessionStore } from './core/auth/session.store';
import { AccountsStore } from './accounts/accounts.store';
import { provideApiClient } from './core/http/api-client';
import { provideI18n } from './core/i18n/provide-i18n';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Signals drive rendering, so zone.js (and its patching of every browser API) is not needed.
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideApiClient(),
    provideI18n(),
    // Ask whether a session exists while the language's texts load, not after: the route's guard
    // waits for the same answer, one round trip sooner on a slow network. Not awaited here.
    provideAppInitializer(() => void inject(SessionStore).ensureLoaded()),
    // Most visits open at the root: its balances are asked for beside the session probe.
    provideAppInitializer(() => {
      if (inject(DOCUMENT).location.pathname === '/') inject(AccountsStore).prefetch();
    }),
  ],
};
