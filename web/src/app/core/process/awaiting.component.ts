import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SignatureRight } from '@qoltanba/workflows/domain';
import type { components } from '../http/api-types.generated';

/** What a document or application waits for, and from whom (names only on the detail). */
export type AwaitingView = components['schemas']['DocumentView']['awaiting'];

/**
 * "Awaiting a signature — FIRST or SINGLE signer (Айгерім, Нұрлан)": what the document waits for and
 * from whom — rights in the list, named people on the detail (where the server names them).
 */
@Component({
  selector: 'qb-awaiting',
  imports: [TranslocoPipe],
  template: `{{ 'awaiting.' + awaiting().kind | transloco }}
    @if (rights().length > 0) {
      —
      @for (right of rights(); track right; let last = $last) {
        {{ 'right.' + right | transloco }}{{ last ? '' : ' / ' }}
      }
    }
    @if (names()) {
      ({{ names() }})
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AwaitingComponent {
  readonly awaiting = input.required<AwaitingView>();

  protected readonly rights = computed((): readonly SignatureRight[] => {
    const awaiting = this.awaiting();
    return awaiting.kind === 'SIGNATURE' || awaiting.kind === 'DISPATCH_EDS' ? awaiting.rights : [];
  });
  protected readonly names = computed(() => {
    const awaiting = this.awaiting();
    const users =
      awaiting.kind === 'SIGNATURE' || awaiting.kind === 'DISPATCH_EDS' ? awaiting.users : undefined;
    return users?.map((user) => user.name).join(', ') ?? '';
  });
}
