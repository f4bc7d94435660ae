import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { KZ_IBAN_LAYOUT, validateKzIban } from '@qoltanba/workflows/domain';

/** The layout of a canonical Kazakh IBAN for the OpenAPI document (the mod-97 check it cannot say). */
export const KZ_IBAN_PATTERN = KZ_IBAN_LAYOUT.source;

/** A Kazakh IBAN with a correct mod-97 check; the violation's code is `IS_KZ_IBAN`. */
export function IsKzIban(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKzIban',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateKzIban(value) === undefined,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a Kazakh IBAN: KZ, 2 check digits, 16 characters (mod-97)`,
          options,
        ),
      },
    },
    options,
  );
}

export const MAX_TIYN = Number.MAX_SAFE_INTEGER;
