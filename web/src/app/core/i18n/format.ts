import { LOCALES, type Language } from './languages';

/** Narrow no-break space: the thin space that groups digits and never breaks a number across lines. */
export const THIN_SPACE = '\u202f';
const NO_BREAK_SPACE = '\u00a0';
const MINUS = '\u2212';
/** Business days and times are the bank's: Kazakhstan's, whatever the browser's time zone. */
export const BANK_TIME_ZONE = 'Asia/Almaty';

/**
 * Dates are numeric, dd.mm.yyyy, in every language, as on Kazakh bank documents: they never wrap in
 * a table, and browsers with reduced locale data (Chromium among them) have no Kazakh month names.
 */
const DAY_STYLE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A tenge amount as the API sends it (the exact decimal text, `"1250.50"`) for people: digits
 * grouped by thin spaces, two decimals after the language's separator, and the tenge sign —
 * `1 250,50 ₸` in Kazakh and Russian, `1 250.50 ₸` in English. Works on the text itself, never
 * through a binary floating-point number, so no amount is ever rounded.
 */
export function formatTenge(amount: string, language: Language): string {
  return formatMoney(amount, 'KZT', language);
}

/**
 * An amount of any currency the same way: the tenge sign for KZT, the ISO code for the others
 * (`20 000,00 USD`), so a currency account never shows its money as tenge.
 */
export function formatMoney(amount: string, currency: string, language: Language): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return amount;
  const [, sign, digits = '', fraction = ''] = match;
  const whole = digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE);
  const decimals = fraction.padEnd(2, '0');
  const separator = language === 'en' ? '.' : ',';
  const unit = currency === 'KZT' ? '₸' : currency;
  return `${sign ? MINUS : ''}${whole}${separator}${decimals}${NO_BREAK_SPACE}${unit}`;
}

/** A whole number with the language's grouping (counts, pages). */
export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/**
 * A calendar date (`2026-03-16`, a document or value date) or the date of an instant, in the
 * bank's dd.mm.yyyy. Calendar dates are days, not instants: they are never shifted by a
 * time zone.
 */
export function formatDate(value: string, _language: Language): string {
  const calendar = CALENDAR_DATE.exec(value);
  const date = calendar
    ? new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3])))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatted(date, { ...DAY_STYLE, timeZone: calendar ? 'UTC' : BANK_TIME_ZONE });
}

/** An instant (a signature's or an event's time) as date and time in Almaty. */
export function formatDateTime(value: string, _language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatted(date, {
    ...DAY_STYLE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: BANK_TIME_ZONE,
  });
}

/**
 * Assembled from the parts: ICU's own patterns differ by locale (kk-KZ is yyyy-mm-dd, en-GB
 * dd/mm/yyyy), and the bank writes dd.mm.yyyy in every language.
 */
function formatted(date: Date, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat('en-GB', options).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('day')}.${part('month')}.${part('year')}`;
  return options.hour ? `${day}, ${part('hour')}:${part('minute')}` : day;
}

/** An IBAN in groups of four, as printed on statements: `KZ86 125K ZT50 0410 0100`. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
