import { describe, expect, it } from '@jest/globals';
import { formatTiyn } from '@qoltanba/workflows/domain';
import { THIN_SPACE, formatDate, formatDateTime, formatIban, formatMoney, formatTenge } from './format';

/** Written with visible markers, so the expected text shows where thin and no-break spaces go. */
function shown(text: string): string {
  return text.replaceAll('_', THIN_SPACE).replaceAll('~', '\u00a0');
}

describe(formatTenge.name, () => {
  it('writes tenge with two decimals after a point in English, a comma in Russian and Kazakh', () => {
    expect(formatTenge('1250.5', 'en')).toBe(shown('1_250.50~₸'));
    expect(formatTenge('1250.5', 'ru')).toBe(shown('1_250,50~₸'));
    expect(formatTenge('1250.5', 'kk')).toBe(shown('1_250,50~₸'));
  });

  it('groups thousands with thin spaces that never break an amount across lines', () => {
    expect(formatTenge('999999999999.99', 'ru')).toBe(shown('999_999_999_999,99~₸'));
    expect(formatTenge('1000', 'en')).toBe(shown('1_000.00~₸'));
    expect(formatTenge('999', 'en')).toBe(shown('999.00~₸'));
  });

  it('keeps every digit of an amount no binary float could hold', () => {
    // As a JavaScript number this would print as 12345678901234568.
    expect(formatTenge('12345678901234567.89', 'en')).toBe(shown('12_345_678_901_234_567.89~₸'));
    expect(formatTenge('0.10', 'en')).toBe(shown('0.10~₸'));
    expect(formatTenge('0.3', 'ru')).toBe(shown('0,30~₸'));
  });

  it('shows a debit with a real minus sign and drops leading zeros', () => {
    expect(formatTenge('-1250.50', 'en')).toBe(shown('\u22121_250.50~₸'));
    expect(formatTenge('0001250.00', 'en')).toBe(shown('1_250.00~₸'));
  });

  it('shows text that is not a decimal amount as it came, rather than a wrong number', () => {
    expect(formatTenge('1,5e3', 'en')).toBe('1,5e3');
  });
});

describe(formatMoney.name, () => {
  it('shows a currency account’s money with its code, never as tenge', () => {
    expect(formatMoney('20000', 'USD', 'ru')).toBe(shown('20_000,00~USD'));
    expect(formatMoney('-5.5', 'EUR', 'en')).toBe(shown('\u22125.50~EUR'));
    expect(formatMoney('1250.5', 'KZT', 'kk')).toBe(shown('1_250,50~₸'));
  });
});

describe(formatTiyn.name, () => {
  it('turns integer tiyn into the exact decimal text', () => {
    expect(formatTiyn(125050)).toBe('1250.50');
    expect(formatTiyn(5)).toBe('0.05');
    expect(formatTiyn(-5)).toBe('-0.05');
    expect(formatTiyn(99_999_999_999_999)).toBe('999999999999.99');
  });
});

describe(formatDate.name, () => {
  it('writes a document date as dd.mm.yyyy in every language, never shifted to another day', () => {
    expect(formatDate('2026-12-04', 'kk')).toBe('04.12.2026');
    expect(formatDate('2026-12-04', 'ru')).toBe('04.12.2026');
    expect(formatDate('2026-03-16', 'en')).toBe('16.03.2026');
  });
});

describe(formatDateTime.name, () => {
  it('shows an instant in the bank’s time zone (Almaty), whatever the browser’s', () => {
    expect(formatDateTime('2026-03-16T20:30:00Z', 'en')).toBe('17.03.2026, 01:30');
    expect(formatDateTime('2026-03-16T20:30:00Z', 'kk')).toBe('17.03.2026, 01:30');
  });
});

describe(formatIban.name, () => {
  it('groups an IBAN by four characters as on a statement', () => {
    expect(formatIban('KZ86125KZT5004100100')).toBe('KZ86 125K ZT50 0410 0100');
  });
});
