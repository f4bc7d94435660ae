import iconv from 'iconv-lite';

/** One `Key=Value` line of a 1CClientBankExchange file. */
export type OneCField = readonly [key: string, value: string];

/** A file as 1C reads it: header fields, the account sections, then the documents. */
export interface OneCFile {
  readonly header: readonly OneCField[];
  readonly accounts: readonly (readonly OneCField[])[];
  readonly documents: readonly { readonly kind: string; readonly fields: readonly OneCField[] }[];
}

/**
 * Writes the exchange file 1C ("Бухгалтерия для Казахстана") imports: `Key=Value` lines with CRLF
 * ends in Windows-1251 (`Кодировка=Windows`), see domain.md §14. No well-kept library for the
 * format exists in the registries, so the lines are assembled here and the encoding is
 * iconv-lite's; an empty value is left out, as banks' files do.
 */
export function writeOneCFile(file: OneCFile): Buffer {
  const lines = ['1CClientBankExchange', ...fieldLines(file.header)];
  for (const account of file.accounts) lines.push('СекцияРасчСчет', ...fieldLines(account), 'КонецРасчСчет');
  for (const document of file.documents)
    lines.push(`СекцияДокумент=${document.kind}`, ...fieldLines(document.fields), 'КонецДокумента');
  lines.push('КонецФайла');
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1251');
}

function fieldLines(fields: readonly OneCField[]): string[] {
  // A line break inside a value would end the field early; 1C files keep every value on one line.
  return fields
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${value.replace(/\s*[\r\n]+\s*/g, ' ')}`);
}

/** `2026-11-05` → `05.11.2026`, the date form of the exchange file. */
export function oneCDate(isoDay: string): string {
  const [year, month, day] = isoDay.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}
