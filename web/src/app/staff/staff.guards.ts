import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/auth/session.store';
import type { StaffPrincipal } from '../core/auth/session';

export type StaffRole = StaffPrincipal['role'];
export const MANAGER_ROLES: readonly StaffRole[] = ['MANAGER', 'SENIOR_MANAGER'];
/** Operators act in the operations console; auditors only read it. */
export const OPERATIONS_ROLES: readonly StaffRole[] = ['OPERATOR', 'AUDITOR'];

/**
 * Staff pages for the given roles: no session goes to the staff log-in, a client is sent to their
 * own pages, and a member of staff of another role to their own home. The server refuses all the
 * same; this only keeps people from pages that would answer 403.
 */
export function staffSignedIn(roles: readonly StaffRole[]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.ensureLoaded();
    if (session.client()) return router.createUrlTree(['/']);
    const staff = session.staff();
    if (!staff) return router.createUrlTree(['/staff/login'], { queryParams: { returnUrl: state.url } });
    return roles.includes(staff.role) || router.createUrlTree([staffHome(staff.role)]);
  };
}

/** The staff log-in is for people without a session. */
export const staffSignedOut: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  const staff = session.staff();
  if (staff) return router.createUrlTree([staffHome(staff.role)]);
  return session.client() ? router.createUrlTree(['/']) : true;
};

/** Where a member of staff starts: managers with their clients, operators with the processes. */
export function staffHome(role: StaffRole): string {
  return MANAGER_ROLES.includes(role) ? '/staff/clients' : '/staff/operations';
}
