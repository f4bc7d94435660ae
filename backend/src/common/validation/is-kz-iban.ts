import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { validateKzIban } from '@qoltanba/workflows/domain';

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
