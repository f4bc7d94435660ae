import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** An action that needs a reason chosen from a list: the list, then the button that sends it. */
@Component({
  selector: 'qb-reason-action',
  imports: [TranslocoPipe],
  template: `
    <label class="inline">
      <span class="visually-hidden">{{ label() | transloco }}</span>
      <select #reason>
        @for (each of reasons(); track each) {
          <option [value]="each">{{ reasonKeys() + each | transloco }}</option>
        }
      </select>
    </label>
    <button type="button" class="button small" [disabled]="disabled()" (click)="chosen.emit(reason.value)">
      {{ action() | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      max-width: 100%;
    }
    /* The list narrows to the screen rather than widen the page; the reasons are worded to fit a phone's. */
    label,
    select {
      max-width: 100%;
    }
    select {
      min-height: 2.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonActionComponent {
  readonly reasons = input.required<readonly string[]>();
  /** Translation key prefix of the reasons, e.g. `staff.revocationReason.`. */
  readonly reasonKeys = input.required<string>();
  readonly label = input.required<string>();
  readonly action = input.required<string>();
  readonly disabled = input(false);
  readonly chosen = output<string>();
}
