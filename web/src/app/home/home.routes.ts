import type { Routes } from '@angular/router';
import { HomePageComponent } from './home-page.component';

/**
 * The signed-in root: the organization's accounts at a glance. The one page in the initial bundle:
 * most visits open here, and a lazy chunk (with the shared pieces it imports) would cost a phone on
 * a slow network two round trips after the app starts.
 */
export const HOME_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    component: HomePageComponent,
  },
];
