import type { Routes } from '@angular/router';
import { MANAGER_ROLES, OPERATIONS_ROLES, staffSignedIn, staffSignedOut } from './staff.guards';

/**
 * The bank staff's area, lazily loaded under /staff beside the client pages (README, "The web
 * app's shape"): managers find, onboard and change clients, every change checked by a second
 * manager under the rules senior managers set; operators get their console (issue 15).
 */
export const STAFF_ROUTES: Routes = [
  {
    path: 'staff/login',
    title: 'staff.login.title',
    canActivate: [staffSignedOut],
    loadComponent: () => import('./staff-login-page.component').then((m) => m.StaffLoginPageComponent),
  },
  {
    path: 'staff',
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'clients' },
      {
        path: 'operations',
        title: 'staff.operations.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () => import('./operations-home.component').then((m) => m.OperationsHomeComponent),
      },
      {
        path: 'clients',
        title: 'staff.clients.title',
        canActivate: [staffSignedIn(MANAGER_ROLES)],
        loadComponent: () => import('./clients/clients-page.component').then((m) => m.ClientsPageComponent),
      },
      {
        path: 'clients/new',
        title: 'staff.onboarding.title',
        canActivate: [staffSignedIn(MANAGER_ROLES)],
        loadComponent: () =>
          import('./onboarding/onboarding-page.component').then((m) => m.OnboardingPageComponent),
      },
      {
        path: 'clients/:id',
        title: 'staff.client.title',
        canActivate: [staffSignedIn(MANAGER_ROLES)],
        loadComponent: () => import('./clients/client-page.component').then((m) => m.ClientPageComponent),
      },
      {
        path: 'changes',
        title: 'staff.changes.title',
        canActivate: [staffSignedIn(MANAGER_ROLES)],
        loadComponent: () => import('./changes/changes-page.component').then((m) => m.ChangesPageComponent),
      },
      {
        path: 'changes/:id',
        title: 'staff.change.title',
        canActivate: [staffSignedIn(MANAGER_ROLES)],
        loadComponent: () => import('./changes/change-page.component').then((m) => m.ChangePageComponent),
      },
      {
        path: 'settings',
        title: 'staff.settings.title',
        canActivate: [staffSignedIn(MANAGER_ROLES)],
        loadComponent: () =>
          import('./settings/checking-settings-page.component').then((m) => m.CheckingSettingsPageComponent),
      },
    ],
  },
];
