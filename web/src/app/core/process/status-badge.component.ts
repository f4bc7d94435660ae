import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationStatus, DocumentStatus } from '@qoltanba/workflows/domain';

type Tone = 'neutral' | 'waiting' | 'progress' | 'good' | 'bad';

/** A status of any process the client sends: a payment or an application. */
export type ProcessStatus = DocumentStatus | ApplicationStatus;

const TONES: Readonly<Record<ProcessStatus, Tone>> = {
  DRAFT: 'neutral',
  AWAITING_SIGNATURES: 'waiting',
  SIGNED: 'progress',
  SENT_TO_BANK: 'progress',
  ACCEPTED: 'progress',
  IN_PROGRESS: 'progress',
  EXECUTED: 'good',
  DONE: 'good',
  REJECTED_BY_BANK: 'bad',
  REFUSED_BY_BANK: 'bad',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
  EXPIRED: 'neutral',
  CANCELLED: 'neutral',
};

/** A document's or application's status in words, coloured by what it means for the client. */
@Component({
  selector: 'qb-status-badge',
  imports: [TranslocoPipe],
  template: `<span class="badge" [attr.data-tone]="tone()" [attr.data-status]="status()">{{
    'status.' + status() | transloco
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadgeComponent {
  readonly status = input.required<ProcessStatus>();
  protected readonly tone = computed(() => TONES[this.status()] ?? 'neutral');
}
