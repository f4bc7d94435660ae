import { HttpErrorResponse, type HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { tap } from 'rxjs';
import { apiProblemOf } from '../http/api-error';
import { SessionStore } from './session.store';

/**
 * Log-in, log-out, the session probe and token registration (no session at all: its key is its
 * own) answer 401 as part of their job: no redirect for those.
 */
const OWN_AUTH_CALLS = /\/api\/(auth\/(login|eds|session|logout)|registrations)/;

/**
 * Watches every API answer: a success restarts the idle clock; `AUTH_SESSION_EXPIRED` (or any 401
 * outside log-in) ends the session and returns to log-in with a message; a session that must first
 * change its password is sent to do so.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    tap({
      next: (event) => {
        if (event instanceof HttpResponse) session.touched();
      },
      error: (error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || OWN_AUTH_CALLS.test(request.url)) return;
        const problem = apiProblemOf(error);
        if (problem.status === 401) {
          session.expire();
        } else if (problem.code === 'AUTH_PASSWORD_CHANGE_REQUIRED') {
          void router.navigateByUrl('/password');
        }
      },
    }),
  );
};
