import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * An edit refused because the document or application was saved again after it was opened
 * (DOCUMENT_CHANGED, APPLICATION_CHANGED): the refusal's text and the way out, opening the version
 * saved last. Nothing typed is saved over a change the user has not seen.
 */
@Component({
  selector: 'qb-outdated-edit',
  imports: [TranslocoPipe],
  template: `
    <div class="alert error form-error outdated-edit" role="alert">
      <p>{{ message() | transloco }}</p>
      <button type="button" class="button open-saved" (click)="reopen.emit()">
        {{ 'forms.openSaved' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .outdated-edit {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutdatedEditComponent {
  /** The refusal's message key. */
  readonly message = input.required<string>();
  /** The user asks for the version saved last. */
  readonly reopen = output();
}
