import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import type { OpenedRegistration, RegistrationView } from './registration';

/** The header that carries the wizard's access key: there is no session before a token is registered. */
export const REGISTRATION_KEY_HEADER = 'X-Registration-Key';

/** The steps after the first, each `POST /api/registrations/current/<step>`. */
export type RegistrationStepPath = 'token' | 'password' | 'requests' | 'written' | 'cancellation';

/** `/api/registrations`: public, keyed by the access key the user ID and OTP-card PIN open. */
@Injectable({ providedIn: 'root' })
export class RegistrationApi {
  private readonly api = inject(ApiClient);

  open(registrationUserId: string, pin: string): Promise<OpenedRegistration> {
    return firstValueFrom(this.api.post<OpenedRegistration>('/registrations', { registrationUserId, pin }));
  }

  current(accessKey: string): Promise<RegistrationView> {
    return firstValueFrom(this.api.get<RegistrationView>('/registrations/current', keyed(accessKey)));
  }

  step(accessKey: string, step: RegistrationStepPath, body: object): Promise<RegistrationView> {
    return firstValueFrom(
      this.api.post<RegistrationView>(`/registrations/current/${step}`, body, keyed(accessKey)),
    );
  }
}

/** A request's options carrying the wizard's access key. */
export function keyed(accessKey: string) {
  return { headers: { [REGISTRATION_KEY_HEADER]: accessKey } };
}
