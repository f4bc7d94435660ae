import { Pipe, type PipeTransform, inject } from '@angular/core';
import { formatDate, formatDateTime, formatIban, formatInteger, formatMoney, formatTenge } from './format';
import { LanguageService } from './language.service';

// The pipes read the language signal, so they are impure: a pure pipe would not run again (and so
// would stop tracking the signal) when only the language changes. Each call is cheap.

/** `{{ '1250.50' | tenge }}` → `1 250,50 ₸` in the active language. */
@Pipe({ name: 'tenge', pure: false })
export class TengePipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(amount: string | null | undefined): string {
    return amount === null || amount === undefined ? '' : formatTenge(amount, this.languages.language());
  }
}

/** `{{ '20000.00' | money: 'USD' }}` → `20 000,00 USD`; KZT as tenge. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(amount: string | null | undefined, currency: string): string {
    return amount === null || amount === undefined
      ? ''
      : formatMoney(amount, currency, this.languages.language());
  }
}

/** `{{ '2026-03-16' | localDate }}` → `16.03.2026` in every language. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(value: string | null | undefined): string {
    return value ? formatDate(value, this.languages.language()) : '';
  }
}

/** An instant as date and time in Almaty, in the active language. */
@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(value: string | null | undefined): string {
    return value ? formatDateTime(value, this.languages.language()) : '';
  }
}

@Pipe({ name: 'localInteger', pure: false })
export class LocalIntegerPipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatInteger(value, this.languages.language());
  }
}

@Pipe({ name: 'iban' })
export class IbanPipe implements PipeTransform {
  transform(iban: string | null | undefined): string {
    return iban ? formatIban(iban) : '';
  }
}
