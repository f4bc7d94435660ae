import { Pipe, type PipeTransform } from '@angular/core';
import { BANK_TIME_ZONE } from '../../core/i18n/format';

const CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: BANK_TIME_ZONE,
});

/**
 * An instant as the bank's clock shows it to the second (`14:05:09`, Almaty): Temporal retries a
 * step seconds apart, so operators need the seconds. The same in every language.
 */
export function clockTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : CLOCK.format(date);
}

@Pipe({ name: 'clockTime' })
export class ClockTimePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return value ? clockTime(value) : '';
  }
}
