import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Shown once the version saved last has replaced the refused edit: said where the eye goes next,
 * focused (the button that asked for it was at the bottom of the form, now gone).
 */
@Component({
  selector: 'qb-saved-version-notice',
  imports: [TranslocoPipe],
  template: `
    <p class="alert notice saved-version" role="status" tabindex="-1">
      {{ 'forms.savedVersionShown' | transloco }}
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedVersionNoticeComponent {
  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => host.nativeElement.querySelector<HTMLElement>('.saved-version')?.focus());
  }
}
