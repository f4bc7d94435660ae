import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { type Translation, type TranslocoLoader, provideTransloco } from '@jsverse/transloco';
import { type Observable, Subject } from 'rxjs';
import { LanguageService } from './language.service';
import { LANGUAGES, type Language } from './languages';

/** Each language's words arrive when the test says, as a chunk loaded on demand does. */
class HeldLoader implements TranslocoLoader {
  static readonly words = new Map<string, Subject<Translation>>();
  getTranslation(language: string): Observable<Translation> {
    const words = new Subject<Translation>();
    HeldLoader.words.set(language, words);
    return words;
  }
}

function arrive(language: Language): void {
  const words = HeldLoader.words.get(language)!;
  words.next({ title: language });
  words.complete();
}

describe(LanguageService.name, () => {
  let languages: LanguageService;
  let html: HTMLElement;

  beforeEach(() => {
    HeldLoader.words.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTransloco({
          config: { availableLangs: [...LANGUAGES], defaultLang: 'ru', prodMode: true },
          loader: HeldLoader,
        }),
      ],
    });
    languages = TestBed.inject(LanguageService);
    html = TestBed.inject(DOCUMENT).documentElement;
    html.lang = 'ru';
  });

  it('says the page is in a language, and formats in it, only once its words have come and are shown', () => {
    languages.use('kk');
    expect(html.lang).toBe('ru');
    expect(languages.language()).toBe('ru');

    arrive('kk');
    TestBed.tick();
    expect(html.lang).toBe('kk');
    expect(languages.language()).toBe('kk');
  });

  it('keeps the last language chosen when the words of an earlier choice come after it', () => {
    languages.use('kk');
    languages.use('en');
    arrive('en');
    arrive('kk');
    TestBed.tick();

    expect(html.lang).toBe('en');
    expect(languages.language()).toBe('en');
  });
});
