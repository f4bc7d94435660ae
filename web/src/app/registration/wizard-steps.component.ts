import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { WIZARD_STEPS, type WizardScreen, type WizardStep } from './registration';

/** The registration's steps in order, the current one highlighted and the ones behind it ticked. */
@Component({
  selector: 'qb-wizard-steps',
  imports: [TranslocoPipe],
  template: `
    <ol class="wizard-steps" [attr.aria-label]="'registration.stepsLabel' | transloco">
      @for (step of steps; track step; let index = $index) {
        <li
          [attr.data-step]="step"
          [class.done]="index < position()"
          [attr.aria-current]="index === position() ? 'step' : null"
        >
          <span class="number" aria-hidden="true">{{ index < position() ? '✓' : index + 1 }}</span>
          <span class="name">{{ 'registration.steps.' + step | transloco }}</span>
        </li>
      }
    </ol>
    @if (currentStep(); as step) {
      <p class="current-name" aria-hidden="true">
        {{ 'registration.stepOf' | transloco: { number: position() + 1, count: steps.length } }}:
        {{ 'registration.steps.' + step | transloco }}
      </p>
    }
  `,
  styleUrl: './wizard-steps.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WizardStepsComponent {
  readonly current = input.required<WizardScreen>();

  protected readonly steps = WIZARD_STEPS;
  protected readonly position = computed(() => WIZARD_STEPS.indexOf(this.current() as WizardStep));
  protected readonly currentStep = computed(() => WIZARD_STEPS[this.position()]);
}
