import iconv from 'iconv-lite';

/** A document section of an exchange file: its kind, its fields by lower-case key, where it starts. */
export interface OneCDocument {
  readonly kind: string;
  /** Keys lower-cased (banks differ in case), values unquoted and trimmed. */
  readonly fields: ReadonlyMap<string, string>;
  /** 1-based line of its `СекцияДокумент=` line, to point the user at it. */
  readonly line: number;
}

export type OneCReadResult =
  | {
      readonly ok: true;
      readonly encoding: 'windows-1251' | 'utf-8';
      readonly header: ReadonlyMap<string, string>;
      readonly documents: readonly OneCDocument[];
    }
  | {
      readonly ok: false;
      readonly code: OneCReadErrorCode;
      readonly message: string;
      readonly line?: number;
    };

export type OneCReadErrorCode = 'ONE_C_NOT_EXCHANGE_FILE' | 'ONE_C_SECTION_UNCLOSED' | 'ONE_C_NO_DOCUMENTS';

const FIRST_LINE = '1CClientBankExchange';

/**
 * Reads a `1CClientBankExchange` file (domain.md §14) as banks and 1C write it: Windows-1251 or
 * UTF-8 (a BOM, or bytes that are valid UTF-8, say which; `Кодировка=` is only a claim, often
 * wrong), CRLF or LF, keys in any case and order, values possibly quoted. Account sections are
 * skipped; each document section comes back with its fields, and a file that is not an exchange
 * file or ends inside a section is refused with a code and the line.
 */
export function readOneCFile(bytes: Buffer): OneCReadResult {
  const { text, encoding } = decode(bytes);
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== FIRST_LINE) {
    return {
      ok: false,
      code: 'ONE_C_NOT_EXCHANGE_FILE',
      message: `The first line must be ${FIRST_LINE}.`,
      line: 1,
    };
  }
  const header = new Map<string, string>();
  const documents: OneCDocument[] = [];
  let current: { kind: string; fields: Map<string, string>; line: number } | undefined;
  let inAccount = false;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (index === 0 || line === '') continue;
    const equals = line.indexOf('=');
    const key = (equals < 0 ? line : line.slice(0, equals)).trim().toLowerCase();
    const value = equals < 0 ? '' : unquote(line.slice(equals + 1).trim());
    if (key === 'секциядокумент') {
      if (current) return unclosed(current.line);
      current = { kind: value, fields: new Map(), line: index + 1 };
    } else if (key === 'конецдокумента') {
      if (!current) continue;
      documents.push(current);
      current = undefined;
    } else if (key === 'секциярасчсчет') {
      inAccount = true;
    } else if (key === 'конецрасчсчет') {
      inAccount = false;
    } else if (key === 'конецфайла') {
      break;
    } else if (equals > 0) {
      if (current) current.fields.set(key, value);
      else if (!inAccount) header.set(key, value);
    }
  }
  if (current) return unclosed(current.line);
  if (documents.length === 0) {
    return { ok: false, code: 'ONE_C_NO_DOCUMENTS', message: 'The file holds no document section.' };
  }
  return { ok: true, encoding, header, documents };
}

function decode(bytes: Buffer): { text: string; encoding: 'windows-1251' | 'utf-8' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  try {
    // Cyrillic in Windows-1251 is never valid UTF-8, so a file that decodes strictly is UTF-8.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1251'), encoding: 'windows-1251' };
  }
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1).trim()
    : value;
}

function unclosed(line: number): OneCReadResult {
  return {
    ok: false,
    code: 'ONE_C_SECTION_UNCLOSED',
    message: 'A document section has no КонецДокумента.',
    line,
  };
}
