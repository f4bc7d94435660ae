import type { Routes } from '@angular/router';
import { MANAGER_ROLES, OPERATIONS_ROLES, staffSignedIn, staffSignedOut } from './staff.guards';

/**
 * The bank staff's area, lazily loaded under /staff beside the client pages (README, "The web
 * app's shape"): managers find, onboard and change clients, every change checked by a second
 * manager under the rules senior managers set; operators watch every process, try stuck ones again,
 * cancel or terminate them with a second operator's check, and read the audit log and the
 * platform's state; auditors read all of it (issue 15).
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
      // The operations console, for operators and auditors: only operators act (auditors see no action, and the server refuses them).
      {
        path: 'operations',
        title: 'staff.operations.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () =>
          import('./operations/processes-page.component').then((m) => m.ProcessesPageComponent),
      },
      {
        path: 'operations/stuck',
        title: 'staff.ops.stuck.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () => import('./operations/stuck-page.component').then((m) => m.StuckPageComponent),
      },
      {
        path: 'operations/processes/:id',
        title: 'staff.ops.process.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () =>
          import('./operations/process-page.component').then((m) => m.ProcessPageComponent),
      },
      {
        path: 'operations/requests',
        title: 'staff.ops.requests.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () =>
          import('./operations/requests-page.component').then((m) => m.RequestsPageComponent),
      },
      {
        path: 'operations/requests/:id',
        title: 'staff.ops.request.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () =>
          import('./operations/request-page.component').then((m) => m.RequestPageComponent),
      },
      {
        path: 'operations/audit',
        title: 'staff.ops.audit.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () => import('./operations/audit-page.component').then((m) => m.AuditPageComponent),
      },
      {
        path: 'operations/platform',
        title: 'staff.ops.platform.title',
        canActivate: [staffSignedIn(OPERATIONS_ROLES)],
        loadComponent: () =>
          import('./operations/platform-page.component').then((m) => m.PlatformPageComponent),
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
        path: 'reference',
        title: 'staff.reference.title',
        canActivate: [staffSignedIn(['SENIOR_MANAGER'])],
        loadComponent: () =>
          import('./reference/reference-page.component').then((m) => m.ReferencePageComponent),
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
