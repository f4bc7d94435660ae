import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router, type Routes } from '@angular/router';
import {
  FORM_APPLICATION_KINDS,
  isCurrencyKind,
} from '@qoltanba/workflows/domain/applications/application-kind';
import { SessionStore } from '../core/auth/session.store';

/** A kind's form opens only where the channel may create that kind (Mobile: service kinds). */
export const kindOffered: CanActivateFn = async (route) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  const kind = route.paramMap.get('kind') ?? '';
  const offered =
    (FORM_APPLICATION_KINDS as readonly string[]).includes(kind) &&
    session.allows(isCurrencyKind(kind) ? 'CREATE_CURRENCY_APPLICATION' : 'SERVICE_APPLICATION');
  if (!session.mayPrepare()) return router.createUrlTree(['/applications']);
  return offered || router.createUrlTree(['/applications/new']);
};

/** A user who may not prepare applications is not offered their forms at all. */
const preparer: CanMatchFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.mayPrepare() || router.createUrlTree(['/applications']);
};

/** "My applications" (every process the organization sent), new and edited applications, one application. */
export const APPLICATIONS_ROUTES: Routes = [
  {
    path: 'applications',
    title: 'processes.title',
    loadComponent: () =>
      import('./list/applications-page.component').then((m) => m.ApplicationsPageComponent),
  },
  {
    path: 'applications/new',
    title: 'applicationForm.chooseTitle',
    canMatch: [preparer],
    loadComponent: () =>
      import('./new/new-application-page.component').then((m) => m.NewApplicationPageComponent),
  },
  {
    path: 'applications/new/:kind',
    title: 'applicationForm.newTitle',
    canActivate: [kindOffered],
    loadComponent: () =>
      import('./form/application-form-page.component').then((m) => m.ApplicationFormPageComponent),
  },
  {
    path: 'applications/:id/edit',
    title: 'applicationForm.editTitle',
    canMatch: [preparer],
    loadComponent: () =>
      import('./form/application-form-page.component').then((m) => m.ApplicationFormPageComponent),
  },
  {
    path: 'applications/:id',
    title: 'applicationDetail.title',
    loadComponent: () =>
      import('./detail/application-detail-page.component').then((m) => m.ApplicationDetailPageComponent),
  },
];
