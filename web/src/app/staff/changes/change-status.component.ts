import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChangeRequestStatus } from '../staff-api';

const TONE: Record<ChangeRequestStatus, string> = {
  PENDING_CHECK: 'waiting',
  APPLIED: 'good',
  FAILED: 'bad',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
  EXPIRED: 'neutral',
};

/** A change request's status in words; the colour only repeats it. */
@Component({
  selector: 'qb-change-status',
  imports: [TranslocoPipe],
  template: `<span class="badge" [attr.data-tone]="tone()">{{
    'staff.changeStatus.' + status() | transloco
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeStatusComponent {
  readonly status = input.required<ChangeRequestStatus>();
  protected readonly tone = computed(() => TONE[this.status()]);
}
