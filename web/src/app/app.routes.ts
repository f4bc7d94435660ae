import type { Routes } from '@angular/router';
import { PRODUCT_NAME } from './core/product';

// Every page is lazy: the initial bundle holds only the shells, and each page loads when first visited.
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: PRODUCT_NAME,
    loadComponent: () => import('./home/home-page.component').then((m) => m.HomePageComponent),
  },
  {
    path: '**',
    title: `Page not found · ${PRODUCT_NAME}`,
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
