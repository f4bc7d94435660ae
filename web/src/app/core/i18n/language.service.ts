import { DOCUMENT, Injectable, Injector, afterNextRender, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { take } from 'rxjs';
import { DEFAULT_LANGUAGE, type Language, isLanguage } from './languages';

/** Where the choice is remembered: per browser, before log-in too (the log-in page is translated). */
const LANGUAGE_STORAGE_KEY = 'qoltanba.language';

/**
 * The active language as a signal, so formatting (amounts, dates) follows it like the texts do.
 * Switching also sets `<html lang>`, which screen readers use to pick their voice (and the journeys
 * wait for).
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();

  /** The remembered choice, else the browser's first language we speak, else the default. */
  preferred(): Language {
    const stored = this.storage()?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
    const browser = this.document.defaultView?.navigator.languages ?? [];
    const spoken = browser.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
    return spoken ?? DEFAULT_LANGUAGE;
  }

  use(language: Language): void {
    this.transloco.setActiveLang(language);
    this.storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
    // The page says its language once its words are on screen (their chunk loads on demand): a screen
    // reader then reads them in that voice, and amounts and dates change with the words, not before.
    const settle = () => this.settle(language);
    this.transloco.load(language).pipe(take(1)).subscribe({ next: settle, error: settle });
  }

  private settle(language: Language): void {
    // Another language was chosen meanwhile: that choice settles instead.
    if (this.transloco.getActiveLang() !== language) return;
    this.current.set(language);
    afterNextRender(
      { write: () => (this.document.documentElement.lang = language) },
      { injector: this.injector },
    );
  }

  // Storage may be disabled (privacy settings); the app still works, it just forgets the choice.
  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.localStorage;
    } catch {
      return undefined;
    }
  }
}
