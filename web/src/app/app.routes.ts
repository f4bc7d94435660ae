import type { Routes } from '@angular/router';
import { ACCOUNTS_ROUTES } from './accounts/accounts.routes';
import { APPLICATIONS_ROUTES } from './applications/applications.routes';
import { signedIn } from './core/auth/auth.guards';
import { DOCUMENTS_ROUTES } from './documents/documents.routes';
import { HOME_ROUTES } from './home/home.routes';
import { LOGIN_ROUTES } from './login/login.routes';
import { PROFILE_ROUTES } from './profile/profile.routes';
import { REGISTRATION_ROUTES } from './registration/registration.routes';
import { REISSUE_ROUTES } from './reissue/reissue.routes';
import { STAFF_ROUTES } from './staff/staff.routes';
import { TOKEN_PIN_ROUTES } from './token-pin/token-pin.routes';

// Each feature owns its route file; this one only places them. Every page but the home page is
// lazy: the initial bundle holds the public shell and the home page (home.routes.ts says why), and
// each other page, and the signed-in shells, load when first needed. Titles are translation
// keys (TranslatedTitleStrategy). The staff's area (managers, operators) is its own lazily loaded
// area under /staff, guarded by role (README, "The web app's shape").
export const routes: Routes = [
  ...LOGIN_ROUTES,
  ...REGISTRATION_ROUTES,
  ...REISSUE_ROUTES,
  ...TOKEN_PIN_ROUTES,
  ...STAFF_ROUTES,
  {
    path: 'status',
    title: 'status.title',
    loadComponent: () => import('./status/status-page.component').then((m) => m.StatusPageComponent),
  },
  {
    path: '',
    canActivate: [signedIn],
    children: [
      ...HOME_ROUTES,
      ...ACCOUNTS_ROUTES,
      ...DOCUMENTS_ROUTES,
      ...APPLICATIONS_ROUTES,
      ...PROFILE_ROUTES,
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
