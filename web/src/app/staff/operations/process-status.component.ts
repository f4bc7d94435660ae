import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProcessType } from './ops-api';
import { statusKey, statusTone } from './process-words';

/** A process's status: in words where the app has them, and always its code, which operators search by. */
@Component({
  selector: 'qb-process-status',
  imports: [TranslocoPipe],
  template: `<span class="badge" [attr.data-tone]="tone()" [attr.data-status]="status()">{{
      key() ? (key()! | transloco) : status()
    }}</span>
    @if (key()) {
      <code class="code">{{ status() }}</code>
    }`,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
    }
    .code {
      color: var(--qb-color-text-muted);
      font-size: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessStatusComponent {
  readonly type = input.required<ProcessType>();
  readonly status = input.required<string>();
  protected readonly key = computed(() => statusKey(this.type(), this.status()));
  protected readonly tone = computed(() => statusTone(this.status()));
}
