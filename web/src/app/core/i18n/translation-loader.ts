import { Injectable } from '@angular/core';
import type { Translation as TranslocoTranslation, TranslocoLoader } from '@jsverse/transloco';
import { type Observable, from } from 'rxjs';
import type { Language } from './languages';

/**
 * Each language is its own lazy chunk: the initial bundle carries none, and only the active one is
 * fetched. TypeScript modules rather than JSON files, so the compiler checks every language has
 * every key (see translations/en.ts).
 */
const IMPORTERS: Readonly<Record<Language, () => Promise<TranslocoTranslation>>> = {
  kk: () => import('./translations/kk').then((m) => m.kk),
  ru: () => import('./translations/ru').then((m) => m.ru),
  en: () => import('./translations/en').then((m) => m.en),
};

@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(language: string): Observable<TranslocoTranslation> {
    return from(IMPORTERS[language as Language]());
  }
}
