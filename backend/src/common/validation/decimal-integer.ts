import { Transform } from 'class-transformer';

/**
 * A query parameter read as a whole number only when written as decimal digits: `Number()` alone
 * would also take `0x10`, ` 5`, `1e3` or an empty string (0), which nobody means as a count.
 * Anything else stays text, so `@IsInt()` refuses it with the parameter's name.
 */
export function DecimalInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?[0-9]{1,15}$/.test(value) ? Number(value) : value,
  );
}
