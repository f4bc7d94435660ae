import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateInputComponent } from './date-input.component';

/** A message key with its parameters, as the form shows errors. */
export interface FieldMessage {
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

/**
 * A labelled text input with its hint and error tied to it (aria-describedby, aria-invalid), so a
 * screen reader reads the error with the field. `type="date"` is typed as dd.mm.yyyy (qb-date-input). The id is the form's, for focusing the first error.
 */
@Component({
  selector: 'qb-form-field',
  imports: [TranslocoPipe, DateInputComponent],
  template: `
    <div class="field">
      <label [for]="fieldId()">{{ label() | transloco }}</label>
      @if (type() === 'date') {
        <qb-date-input
          [inputId]="fieldId()"
          [value]="value()"
          [invalid]="error() !== undefined"
          [describedBy]="fieldId() + '-message'"
          (valueChange)="valueChange.emit($event)"
          (blurred)="blurred.emit()"
        />
      } @else {
        <input
          [id]="fieldId()"
          [name]="fieldId()"
          [type]="type()"
          [attr.inputmode]="inputmode()"
          [attr.autocomplete]="autocomplete()"
          [attr.maxlength]="maxlength()"
          [attr.aria-invalid]="error() !== undefined"
          [attr.aria-describedby]="fieldId() + '-message'"
          [attr.spellcheck]="false"
          [readOnly]="readonly()"
          [value]="value()"
          (input)="valueChange.emit(text($event))"
          (blur)="blurred.emit()"
        />
      }
      <span [id]="fieldId() + '-message'" [class.field-error]="error()" [class.hint]="!error()">
        @if (error(); as error) {
          {{ error.key | transloco: error.params }}
        } @else if (hint(); as hint) {
          {{ hint.key | transloco: hint.params }}
        }
      </span>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly type = input('text');
  readonly inputmode = input<string | undefined>(undefined);
  readonly autocomplete = input('off');
  readonly maxlength = input<number | undefined>(undefined);
  /** Filled in by the form (a beneficiary the kind of payment fixes): shown, not typed. */
  readonly readonly = input(false);
  readonly error = input<FieldMessage | undefined>(undefined);
  readonly hint = input<FieldMessage | undefined>(undefined);
  readonly valueChange = output<string>();
  readonly blurred = output<void>();

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
