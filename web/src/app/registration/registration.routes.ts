import type { Routes } from '@angular/router';
import { signedOut } from '../core/auth/auth.guards';

/** Token registration, outside the signed-in shell: the client has no certificate yet. */
export const REGISTRATION_ROUTES: Routes = [
  {
    path: 'register',
    title: 'registration.title',
    canActivate: [signedOut],
    loadComponent: () => import('./registration-page.component').then((m) => m.RegistrationPageComponent),
  },
];
