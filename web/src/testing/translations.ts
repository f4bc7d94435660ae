import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { type Translation, type TranslocoLoader, provideTransloco } from '@jsverse/transloco';
import { type Observable, of } from 'rxjs';
import { LanguageService } from '../app/core/i18n/language.service';
import { en } from '../app/core/i18n/translations/en';

/** The real English texts, answered synchronously so the first render is already translated. */
class EnglishLoader implements TranslocoLoader {
  getTranslation(): Observable<Translation> {
    return of(en);
  }
}

/**
 * Transloco as the app configures it, in English only, with the app's LanguageService switched to
 * English too, so texts and formatted amounts and dates both read as an English-speaking user sees them.
 * Tests then assert on the words on screen rather than on translation keys.
 */
export function provideEnglish(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: ['en'],
        defaultLang: 'en',
        prodMode: true,
        missingHandler: { logMissingKey: false },
      },
      loader: EnglishLoader,
    }),
    provideAppInitializer(() => inject(LanguageService).use('en')),
  ]);
}
