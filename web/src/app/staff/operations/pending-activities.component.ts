import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { ClockTimePipe } from './clock-time.pipe';
import type { PendingActivity } from './ops-api';
import { activityStateKey } from './process-words';

/**
 * The steps Temporal is running or retrying for a process: each one's attempt (of how many), why the
 * last attempt failed, and when the last and next attempts are. Step names stay as the code has them.
 */
@Component({
  selector: 'qb-pending-activities',
  imports: [TranslocoPipe, LocalDateTimePipe, ClockTimePipe],
  template: `
    <div class="table-wrap">
      <table class="data activities">
        <thead>
          <tr>
            <th scope="col">{{ 'staff.ops.activity.name' | transloco }}</th>
            <th scope="col">{{ 'staff.ops.activity.state' | transloco }}</th>
            <th scope="col">{{ 'staff.ops.activity.attempt' | transloco }}</th>
            <th scope="col">{{ 'staff.ops.activity.lastFailure' | transloco }}</th>
            <th scope="col">{{ 'staff.ops.activity.lastAttempt' | transloco }}</th>
            <th scope="col">{{ 'staff.ops.activity.nextAttempt' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (activity of activities(); track activity.activityId) {
            @let state = stateKey(activity.state);
            <tr [attr.data-activity]="activity.activityType">
              <td class="mono">{{ activity.activityType }}</td>
              <td>{{ state ? (state | transloco) : activity.state }}</td>
              <td class="nowrap attempt" [attr.data-attempt]="activity.attempt">
                {{
                  activity.maximumAttempts > 0
                    ? ('staff.ops.activity.attemptOf'
                      | transloco: { attempt: activity.attempt, maximum: activity.maximumAttempts })
                    : ('staff.ops.activity.attemptUnlimited' | transloco: { attempt: activity.attempt })
                }}
              </td>
              <td class="failure">{{ activity.lastFailure ?? '—' }}</td>
              <td class="nowrap" [title]="activity.lastAttemptAt | localDateTime">
                {{ (activity.lastAttemptAt | clockTime) || '—' }}
              </td>
              <td class="nowrap next" [title]="activity.nextAttemptAt | localDateTime">
                {{ (activity.nextAttemptAt | clockTime) || '—' }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
    .nowrap {
      white-space: nowrap;
    }
    /* Lines a reader can follow, not a column a letter wide: the table scrolls on a phone. */
    .failure {
      min-width: 14rem;
      overflow-wrap: anywhere;
      color: var(--qb-color-down-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingActivitiesComponent {
  readonly activities = input.required<readonly PendingActivity[]>();
  protected readonly stateKey = activityStateKey;
}
