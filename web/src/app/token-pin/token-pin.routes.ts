import type { Routes } from '@angular/router';
import { sessionKnown } from '../core/auth/auth.guards';

/**
 * The token password page, for anyone: signed out (a locked password keeps one from logging in)
 * or signed in, in the shell that fits.
 */
export const TOKEN_PIN_ROUTES: Routes = [
  {
    path: 'token',
    title: 'tokenPin.title',
    canActivate: [sessionKnown],
    loadComponent: () => import('./token-pin-page.component').then((m) => m.TokenPinPageComponent),
  },
];
