/** The languages of the interface: Kazakh and Russian for clients, English for foreign-owned companies. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/** The Intl locale of each language: Kazakhstan's conventions, British date order for English. */
export const LOCALES: Readonly<Record<Language, string>> = {
  kk: 'kk-KZ',
  ru: 'ru-KZ',
  en: 'en-GB',
};

/** When neither a remembered choice nor the browser names one of ours. */
export const DEFAULT_LANGUAGE: Language = 'ru';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
