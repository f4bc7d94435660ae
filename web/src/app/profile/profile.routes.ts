import type { Routes } from '@angular/router';

export const PROFILE_ROUTES: Routes = [
  {
    path: 'profile',
    title: 'profile.title',
    loadComponent: () => import('./profile-page.component').then((m) => m.ProfilePageComponent),
  },
];
