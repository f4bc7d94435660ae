import type { Routes } from '@angular/router';
import { channelOffers, mustChangePassword, signedIn, signedOut } from './core/auth/auth.guards';

// Every page is lazy: the initial bundle holds only the shells, and each page loads when first
// visited. Titles are translation keys (TranslatedTitleStrategy).
export const routes: Routes = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [signedOut],
    loadComponent: () => import('./login/login-page.component').then((m) => m.LoginPageComponent),
  },
  {
    path: 'password',
    title: 'password.title',
    canActivate: [mustChangePassword],
    loadComponent: () => import('./login/password-page.component').then((m) => m.PasswordPageComponent),
  },
  {
    path: 'status',
    title: 'status.title',
    loadComponent: () => import('./status/status-page.component').then((m) => m.StatusPageComponent),
  },
  {
    path: '',
    canActivate: [signedIn],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'home.title',
        loadComponent: () => import('./home/home-page.component').then((m) => m.HomePageComponent),
      },
      {
        path: 'accounts/:iban',
        title: 'statement.title',
        loadComponent: () =>
          import('./accounts/account-statement-page.component').then((m) => m.AccountStatementPageComponent),
      },
      {
        path: 'documents',
        title: 'documents.title',
        loadComponent: () =>
          import('./documents/list/documents-page.component').then((m) => m.DocumentsPageComponent),
      },
      {
        path: 'documents/new',
        title: 'paymentForm.newTitle',
        canMatch: [channelOffers('CREATE_TENGE_PAYMENT')],
        loadComponent: () =>
          import('./documents/form/payment-form-page.component').then((m) => m.PaymentFormPageComponent),
      },
      {
        path: 'documents/:id/edit',
        title: 'paymentForm.editTitle',
        canMatch: [channelOffers('CREATE_TENGE_PAYMENT')],
        loadComponent: () =>
          import('./documents/form/payment-form-page.component').then((m) => m.PaymentFormPageComponent),
      },
      {
        path: 'documents/:id',
        title: 'detail.title',
        loadComponent: () =>
          import('./documents/detail/document-detail-page.component').then(
            (m) => m.DocumentDetailPageComponent,
          ),
      },
      {
        path: 'profile',
        title: 'profile.title',
        loadComponent: () => import('./profile/profile-page.component').then((m) => m.ProfilePageComponent),
      },
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
