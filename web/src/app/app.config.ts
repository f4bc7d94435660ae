import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';
import { provideApiClient } from './core/http/api-client';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Signals drive rendering, so zone.js (and its patching of every browser API) is not needed.
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideApiClient(),
  ],
};
