import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { dayTextOf, dayValueOf, maskDayText } from './day-text';

/**
 * A date typed and shown as `dd.mm.yyyy` in every language (see day-text.ts for why not the
 * native date input). Takes and gives ISO days; a text that is not yet a real day is given as
 * typed, so the form's own checks name it.
 */
@Component({
  selector: 'qb-date-input',
  imports: [TranslocoPipe],
  template: `
    <input
      type="text"
      inputmode="numeric"
      maxlength="10"
      autocomplete="off"
      class="date-input"
      [id]="inputId()"
      [name]="inputId()"
      [attr.aria-invalid]="invalid() || null"
      [attr.aria-describedby]="describedBy()"
      [placeholder]="'forms.datePlaceholder' | transloco"
      [value]="shown()"
      (input)="typed($event)"
      (change)="committed.emit(valueOf($event))"
      (blur)="blurred.emit()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateInputComponent {
  readonly inputId = input.required<string>();
  /** ISO `yyyy-mm-dd`, or a text being typed. */
  readonly value = input('');
  readonly invalid = input(false);
  readonly describedBy = input<string | undefined>(undefined);
  /** On every keystroke: the ISO day, or the text so far. */
  readonly valueChange = output<string>();
  /** When the user leaves the field or presses Enter (filters apply then). */
  readonly committed = output<string>();
  readonly blurred = output<void>();

  protected shown(): string {
    return dayTextOf(this.value());
  }

  protected typed(event: Event): void {
    const field = event.target as HTMLInputElement;
    const masked = maskDayText(field.value);
    if (masked !== field.value) field.value = masked;
    this.valueChange.emit(dayValueOf(masked));
  }

  protected valueOf(event: Event): string {
    return dayValueOf((event.target as HTMLInputElement).value);
  }
}
