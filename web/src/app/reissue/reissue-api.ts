import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import { keyed } from '../registration/registration-api';
import type { OpenedReissue, ReissueReason, ReissueView } from './reissue';

/** The reissue's steps after the first, each `POST /api/reissues/current/<step>`. */
export type ReissueStepPath = 'token' | 'formatted' | 'cancellation';

/**
 * `/api/reissues`: public, keyed like the registration by the access key the user ID and OTP-card
 * PIN open; once the token is formatted, the same key goes on in `/api/registrations/current`.
 */
@Injectable({ providedIn: 'root' })
export class ReissueApi {
  private readonly api = inject(ApiClient);

  open(registrationUserId: string, pin: string, reason: ReissueReason): Promise<OpenedReissue> {
    return firstValueFrom(this.api.post<OpenedReissue>('/reissues', { registrationUserId, pin, reason }));
  }

  current(accessKey: string): Promise<ReissueView> {
    return firstValueFrom(this.api.get<ReissueView>('/reissues/current', keyed(accessKey)));
  }

  step(accessKey: string, step: ReissueStepPath, body: object): Promise<ReissueView> {
    return firstValueFrom(this.api.post<ReissueView>(`/reissues/current/${step}`, body, keyed(accessKey)));
  }
}
