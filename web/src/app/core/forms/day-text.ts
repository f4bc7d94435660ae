/**
 * Dates as people in Kazakhstan write them, `dd.mm.yyyy`, whatever the browser's locale (a native
 * date input in an English Chromium shows `mm/dd/yyyy`). The API speaks ISO `yyyy-mm-dd`.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_TEXT = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** `2026-12-04` → `04.12.2026`; anything else (a half-typed text) is shown as it is. */
export function dayTextOf(value: string): string {
  const iso = ISO_DAY.exec(value);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}

/** Whether the date input gave a whole day (ISO), rather than a text still being typed. */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value);
}

/** `04.12.2026` → `2026-12-04`, or undefined when the text is not a real calendar day. */
export function isoDayOf(text: string): string | undefined {
  const parts = DAY_TEXT.exec(text.trim());
  if (!parts) return undefined;
  const [, day, month, year] = parts.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${parts[3]}-${parts[2]}-${parts[1]}` : undefined;
}

/**
 * Puts the dots in while the user types digits (`04122026` → `04.12.2026`), so a date can be typed
 * on a phone's numeric keypad; a pasted text with its own dots is kept as typed.
 */
export function maskDayText(typed: string): string {
  if (/[^\d]/.test(typed.replaceAll('.', ''))) return typed;
  const digits = typed.replaceAll('.', '').slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean).join('.');
}

/** What the form receives: the ISO day once the text is a real day, else the text (invalid to the checks). */
export function dayValueOf(text: string): string {
  return isoDayOf(text) ?? text;
}
