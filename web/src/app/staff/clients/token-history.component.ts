import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../core/i18n/format.pipes';
import type { ClientUser } from '../staff-api';
import { ReasonActionComponent } from './reason-action.component';

/** Why a manager cancels a client's registration: each is said in words, and sent as its code. */
const CANCEL_REASONS = ['CLIENT_ASKED', 'TOKEN_LOST', 'WRONG_TOKEN'];

/**
 * A user's token registrations and reissues, newest first: what state each is in, and since when;
 * a registration in progress may be cancelled for the client (a change request).
 */
@Component({
  selector: 'qb-token-history',
  imports: [TranslocoPipe, LocalDatePipe, ReasonActionComponent],
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
            @if (run.open) {
              <qb-reason-action
                [reasons]="cancelReasons"
                reasonKeys="staff.cancelReason."
                label="staff.client.cancelReason"
                action="staff.client.cancelRegistration"
                [disabled]="disabled()"
                (chosen)="cancelRegistration.emit({ registrationId: run.registrationId, reason: $event })"
              />
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
  readonly disabled = input(false);
  readonly cancelRegistration = output<{ registrationId: string; reason: string }>();
  protected readonly cancelReasons = CANCEL_REASONS;
}
