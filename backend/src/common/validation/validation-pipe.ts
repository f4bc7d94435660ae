import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { Violation } from '../errors/feature-error.js';
import { validationFailed } from '../errors/validation-failed.js';
import { findUnstorableInput } from './unstorable-input.js';

/** class-validator's nested errors flattened into one violation per broken rule, with dotted paths. */
export function toViolations(errors: ValidationError[], parentPath = ''): Violation[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      code: violationCode(rule),
      message,
    }));
    return [...own, ...toViolations(error.children ?? [], field)];
  });
}

/** `isNotEmpty` → `IS_NOT_EMPTY`; `whitelistValidation` (an unknown property) → `UNKNOWN_FIELD`. */
function violationCode(rule: string): string {
  if (rule === 'whitelistValidation') return 'UNKNOWN_FIELD';
  return rule.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Refuses what no handler could store (NUL, broken UTF-16) or walk (deep nesting) before validating. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const unstorable = findUnstorableInput(value, metadata.data ?? '');
      if (unstorable) throw validationFailed([unstorable]);
    }
    return super.transform(value, metadata);
  }

  // Path parameters stay text for their own parse pipes (IndexParam): a conversion here would
  // read `0x1` or `1e2` as a number first.
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/** The one global pipe: unknown fields are refused, types are converted, every violation is reported. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(toViolations(errors)),
  });
}
