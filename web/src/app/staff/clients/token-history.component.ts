import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../core/i18n/format.pipes';
import type { ClientUser } from '../staff-api';

/** A user's token registrations and reissues, newest first: what state each is in, and since when. */
@Component({
  selector: 'qb-token-history',
  imports: [TranslocoPipe, LocalDatePipe],
  template: `
    @if (user().registrations.length > 0) {
      <h4>{{ 'staff.client.registrations' | transloco }}</h4>
      <ul class="means registrations">
        @for (run of user().registrations; track run.registrationId) {
          <li [attr.data-registration]="run.registrationId">
            <span class="badge" [attr.data-tone]="run.open ? 'progress' : undefined">{{
              'staff.registrationStatus.' + run.status | transloco
            }}</span>
            <span class="muted">{{
              'staff.client.startedOn' | transloco: { date: (run.startedAt | localDate) }
            }}</span>
            @if (run.tokenSerial) {
              <span class="muted mono">{{
                'staff.client.tokenSerial' | transloco: { serial: run.tokenSerial }
              }}</span>
            }
          </li>
        }
      </ul>
    }
    @if (user().reissues.length > 0) {
      <h4>{{ 'staff.client.reissues' | transloco }}</h4>
      <ul class="means reissues">
        @for (run of user().reissues; track run.reissueId) {
          <li [attr.data-reissue]="run.reissueId">
            <span>{{ 'staff.reissueReason.' + run.reason | transloco }}</span>
            <span class="badge" [attr.data-tone]="run.open ? 'progress' : undefined">{{
              'staff.reissueStatus.' + run.status | transloco
            }}</span>
            <span class="muted">{{
              'staff.client.startedOn' | transloco: { date: (run.startedAt | localDate) }
            }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TokenHistoryComponent {
  readonly user = input.required<ClientUser>();
}
