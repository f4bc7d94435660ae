import type { Routes } from '@angular/router';

/** The signed-in root: the organization's accounts at a glance. */
export const HOME_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    loadComponent: () => import('./home-page.component').then((m) => m.HomePageComponent),
  },
];
