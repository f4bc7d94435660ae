import { Pipe, type PipeTransform, inject } from '@angular/core';
import { currencyExponent, isIsoCurrency } from '@qoltanba/workflows/domain';
import { THIN_SPACE } from '../core/i18n/format';
import type { Language } from '../core/i18n/languages';
import { LanguageService } from '../core/i18n/language.service';
import type { Money } from './application';

const NO_BREAK_SPACE = '\u00a0';
const MINUS = '\u2212';
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Integer minor units as the exact decimal text of the currency (`125050`, USD → `1250.50`). */
export function decimalOf(money: Money): string {
  const exponent = isIsoCurrency(money.currency) ? currencyExponent(money.currency) : 2;
  const digits = String(Math.abs(money.minor)).padStart(exponent + 1, '0');
  const sign = money.minor < 0 ? '-' : '';
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * A decimal as people read it in the language: digits grouped by thin spaces, the language's
 * decimal separator (comma in Kazakh and Russian). Text work only, never a binary float.
 */
export function formatDecimal(decimal: string, language: Language): string {
  const match = DECIMAL.exec(decimal.trim());
  if (!match) return decimal;
  const [, sign, digits = '', fraction] = match;
  const whole = digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE);
  const separator = language === 'en' ? '.' : ',';
  return `${sign ? MINUS : ''}${whole}${fraction === undefined ? '' : separator + fraction}`;
}

/** `{ minor: 125050, currency: 'USD' }` → `1 250,50 USD` (tenge with its sign, `1 250,50 ₸`). */
export function formatMoney(money: Money, language: Language): string {
  const symbol = money.currency === 'KZT' ? '₸' : money.currency;
  return `${formatDecimal(decimalOf(money), language)}${NO_BREAK_SPACE}${symbol}`;
}

/** `{{ content.amount | money }}` in the active language. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(money: Money | null | undefined): string {
    return money ? formatMoney(money, this.languages.language()) : '';
  }
}

/** `{{ '472.000000' | decimal }}`: a rate or other exact decimal in the active language. */
@Pipe({ name: 'decimal', pure: false })
export class DecimalPipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(value: string | null | undefined): string {
    return value ? formatDecimal(value, this.languages.language()) : '';
  }
}
