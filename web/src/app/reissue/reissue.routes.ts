import type { Routes } from '@angular/router';
import { signedOut } from '../core/auth/auth.guards';

/** Token reissue, outside the signed-in shell: a client who lost the token password cannot log in. */
export const REISSUE_ROUTES: Routes = [
  {
    path: 'reissue',
    title: 'reissue.title',
    canActivate: [signedOut],
    loadComponent: () => import('./reissue-page.component').then((m) => m.ReissuePageComponent),
  },
];
