import type { Routes } from '@angular/router';

/** The home page's chunk; app.config asks for it early when the app opens at the root. */
export const loadHomePage = () => import('./home-page.component').then((m) => m.HomePageComponent);

/** The signed-in root: the organization's accounts at a glance. */
export const HOME_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    loadComponent: loadHomePage,
  },
];
