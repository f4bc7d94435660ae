import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The property is left out when `other` is given: of two ways to say one thing (a CMS or an XML
 * signature), a request gives one. The violation's code is `ABSENT_WITH`.
 */
export function AbsentWith(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'absentWith',
      constraints: [other],
      validator: {
        validate: (value: unknown, args) =>
          value === undefined || (args?.object as Record<string, unknown>)[other] === undefined,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be left out when $constraint1 is given`,
          options,
        ),
      },
    },
    options,
  );
}
