import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from './language.service';
import { LANGUAGES, LANGUAGE_NAMES, type Language, isLanguage } from './languages';

/**
 * A native select: keyboard and screen-reader friendly everywhere, and on phones it opens the
 * system picker. Each option names its language in that language, with `lang` so it is read right.
 */
@Component({
  selector: 'qb-language-switch',
  imports: [TranslocoPipe],
  template: `
    <label class="visually-hidden" [for]="id">{{ 'language.label' | transloco }}</label>
    <select [id]="id" class="language-select" [value]="languages.language()" (change)="choose($event)">
      @for (language of all; track language) {
        <option [value]="language" [attr.lang]="language" [selected]="language === languages.language()">
          {{ names[language] }}
        </option>
      }
    </select>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitchComponent {
  private static nextId = 0;
  protected readonly languages = inject(LanguageService);
  protected readonly all: readonly Language[] = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;
  protected readonly id = `language-switch-${LanguageSwitchComponent.nextId++}`;

  protected choose(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) this.languages.use(value);
  }
}
