import type { Routes } from '@angular/router';
import { channelOffers } from '../core/auth/auth.guards';

/** The documents area: list, new and edited payment orders, and one document's page. */
export const DOCUMENTS_ROUTES: Routes = [
  {
    path: 'documents',
    title: 'documents.title',
    loadComponent: () => import('./list/documents-page.component').then((m) => m.DocumentsPageComponent),
  },
  {
    path: 'documents/new',
    title: 'paymentForm.newTitle',
    canMatch: [channelOffers('CREATE_TENGE_PAYMENT')],
    loadComponent: () => import('./form/payment-form-page.component').then((m) => m.PaymentFormPageComponent),
  },
  {
    path: 'documents/import',
    title: 'import.title',
    canMatch: [channelOffers('IMPORT_PAYMENTS')],
    loadComponent: () => import('./import/import-page.component').then((m) => m.ImportPageComponent),
  },
  {
    path: 'documents/templates',
    title: 'templates.title',
    canMatch: [channelOffers('TEMPLATE_TRANSFER')],
    loadComponent: () => import('./templates/templates-page.component').then((m) => m.TemplatesPageComponent),
  },
  {
    path: 'documents/transfer/:template',
    title: 'templates.transferTitle',
    canMatch: [channelOffers('TEMPLATE_TRANSFER')],
    loadComponent: () =>
      import('./templates/template-transfer-page.component').then((m) => m.TemplateTransferPageComponent),
  },
  {
    path: 'documents/:id/edit',
    title: 'paymentForm.editTitle',
    canMatch: [channelOffers('CREATE_TENGE_PAYMENT')],
    loadComponent: () => import('./form/payment-form-page.component').then((m) => m.PaymentFormPageComponent),
  },
  {
    path: 'documents/:id',
    title: 'detail.title',
    loadComponent: () =>
      import('./detail/document-detail-page.component').then((m) => m.DocumentDetailPageComponent),
  },
];
