import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DocumentStatus } from '@qoltanba/workflows/domain';

type Tone = 'neutral' | 'waiting' | 'progress' | 'good' | 'bad';

const TONES: Readonly<Record<DocumentStatus, Tone>> = {
  DRAFT: 'neutral',
  AWAITING_SIGNATURES: 'waiting',
  SIGNED: 'progress',
  SENT_TO_BANK: 'progress',
  ACCEPTED: 'progress',
  EXECUTED: 'good',
  REJECTED_BY_BANK: 'bad',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
  EXPIRED: 'neutral',
};

/** A document's status in words, coloured by what it means for the client. */
@Component({
  selector: 'qb-status-badge',
  imports: [TranslocoPipe],
  template: `<span class="badge" [attr.data-tone]="tone()" [attr.data-status]="status()">{{
    'status.' + status() | transloco
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadgeComponent {
  readonly status = input.required<DocumentStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
