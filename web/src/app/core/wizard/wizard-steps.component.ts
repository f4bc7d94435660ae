import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A wizard's steps in order, the current one highlighted and the ones behind it ticked. Each step
 * is named by `<names>.<step>`; a current step that is not in the list highlights none.
 */
@Component({
  selector: 'qb-wizard-steps',
  imports: [TranslocoPipe],
  template: `
    <ol
      class="wizard-steps"
      [style.--qb-wizard-steps]="steps().length"
      [attr.aria-label]="label() | transloco"
    >
      @for (step of steps(); track step; let index = $index) {
        <li
          [attr.data-step]="step"
          [class.done]="index < position()"
          [attr.aria-current]="index === position() ? 'step' : null"
        >
          <span class="number" aria-hidden="true">{{ index < position() ? '✓' : index + 1 }}</span>
          <span class="name">{{ names() + step | transloco }}</span>
        </li>
      }
    </ol>
    @if (currentStep(); as step) {
      <p class="current-name" aria-hidden="true">
        {{ 'wizard.stepOf' | transloco: { number: position() + 1, count: steps().length } }}:
        {{ names() + step | transloco }}
      </p>
    }
  `,
  styleUrl: './wizard-steps.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WizardStepsComponent {
  readonly steps = input.required<readonly string[]>();
  readonly current = input.required<string>();
  /** The translation keys' prefix of the steps' names, with its dot: `registration.steps.` */
  readonly names = input.required<string>();
  /** The list's accessible name, a translation key. */
  readonly label = input.required<string>();

  protected readonly position = computed(() => this.steps().indexOf(this.current()));
  protected readonly currentStep = computed(() => this.steps()[this.position()]);
}
