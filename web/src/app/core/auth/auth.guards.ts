import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router } from '@angular/router';
import type { ChannelFunction } from '@qoltanba/workflows/domain';
import { SessionStore } from './session.store';

/** Pages for a logged-in client; staff go to their area, others to log-in and back here afterwards. */
export const signedIn: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (session.staff()) return router.createUrlTree(['/staff']);
  if (!session.client()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  if (session.passwordChangeRequired()) return router.createUrlTree(['/password']);
  return true;
};

/** The log-in page is for people without a session; a logged-in user goes home. */
export const signedOut: CanActivateFn = async () => {
  // inject() works only before the first await: the injection context ends there.
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.client() ? router.createUrlTree(['/']) : true;
};

/** Pages for anyone, signed in or not: the session is read first, so that the right shell frames them. */
export const sessionKnown: CanActivateFn = async () => {
  await inject(SessionStore).ensureLoaded();
  return true;
};

/** The forced password change: only for a session that must change its password. */
export const mustChangePassword: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.session()) return router.createUrlTree(['/login']);
  return session.passwordChangeRequired() ? true : router.createUrlTree(['/']);
};

/**
 * Functions a channel does not offer (payment creation on Mobile), and forms for a user who may not
 * prepare (no signing right where the organization does not allow it), are not even routable.
 */
export function channelOffers(fn: ChannelFunction, otherwise = '/documents'): CanMatchFn {
  return async () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.ensureLoaded();
    return (session.allows(fn) && session.mayPrepare()) || router.createUrlTree([otherwise]);
  };
}
