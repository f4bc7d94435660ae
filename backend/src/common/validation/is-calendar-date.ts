import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { parseIsoDate } from '@qoltanba/workflows/domain';

/**
 * A day as `YYYY-MM-DD` that exists in the calendar; the violation's code is `IS_CALENDAR_DATE`.
 * (class-validator's ISO 8601 check also lets week dates and partial dates such as `2026-W47` or
 * `2026-11` through, which a SQL `::date` cannot read.)
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseIsoDate(value) !== undefined,
        defaultMessage: buildMessage((each) => `${each}$property must be a date as YYYY-MM-DD`, options),
      },
    },
    options,
  );
}
