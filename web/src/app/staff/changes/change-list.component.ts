import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../core/i18n/format.pipes';
import type { ChangeRequestSummary } from '../staff-api';
import { ChangeStatusComponent } from './change-status.component';

/** A client's change requests, each a link to it, with its status (and its decision's day). */
@Component({
  selector: 'qb-change-list',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe, ChangeStatusComponent],
  template: `
    @if (changes().length === 0) {
      <p class="muted">{{ empty() | transloco }}</p>
    } @else {
      <ul>
        @for (change of changes(); track change.id) {
          <li>
            <a [routerLink]="['/staff/changes', change.id]">{{
              'staff.changeType.' + change.type | transloco
            }}</a>
            <span>{{ change.summary }}</span>
            <qb-change-status [status]="change.status" />
            @if (change.decidedAt) {
              <span class="muted nowrap">{{ change.decidedAt | localDate }}</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 1.5rem;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeListComponent {
  readonly changes = input.required<readonly ChangeRequestSummary[]>();
  /** The text when there is none. */
  readonly empty = input.required<string>();
}
