import type { Routes } from '@angular/router';
import { mustChangePassword, signedOut } from '../core/auth/auth.guards';

/** Log-in and the forced password change, outside the signed-in shell. */
export const LOGIN_ROUTES: Routes = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [signedOut],
    loadComponent: () => import('./login-page.component').then((m) => m.LoginPageComponent),
  },
  {
    path: 'password',
    title: 'password.title',
    canActivate: [mustChangePassword],
    loadComponent: () => import('./password-page.component').then((m) => m.PasswordPageComponent),
  },
];
