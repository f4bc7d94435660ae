import { type ArgumentMetadata, Injectable, Param, type PipeTransform, type Type } from '@nestjs/common';
import { ApiParam, type SchemaObject } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FeatureError } from '../errors/feature-error.js';
import { validationFailed } from '../errors/validation-failed.js';

function malformed(metadata: ArgumentMetadata, code: string, message: string): FeatureError {
  const field = metadata.data ?? 'path';
  return validationFailed([{ field, code, message: `${field} ${message}` }]);
}

/** A path id that must be a UUID; refused like any other field (VALIDATION_FAILED naming it). */
@Injectable()
class ParseUuidParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    throw malformed(metadata, 'IS_UUID', 'must be a UUID');
  }
}

/** A path position (0, 1, 2, …) as decimal digits only: no signs, exponents or hexadecimal. */
@Injectable()
class ParseIndexParam implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    if (/^[0-9]{1,6}$/.test(value)) return Number(value);
    throw malformed(metadata, 'IS_INDEX', 'must be a whole number from 0');
  }
}

/** A path code of exactly `length` digits: a bank code, a KBK, a BIN. */
@Injectable()
class ParseDigitsParam implements PipeTransform<string, string> {
  constructor(private readonly length: number) {}

  transform(value: string, metadata: ArgumentMetadata): string {
    if (new RegExp(`^[0-9]{${this.length}}$`).test(value)) return value;
    throw malformed(metadata, 'IS_DIGITS', `must be ${this.length} digits`);
  }
}

/** A path id checked as a UUID and documented as one. */
export function UuidParam(name: string): ParameterDecorator {
  return checkedParam(name, ParseUuidParam, { type: 'string', format: 'uuid' });
}

/** A path position (0, 1, 2, …), checked and documented as a whole number. */
export function IndexParam(name: string): ParameterDecorator {
  return checkedParam(name, ParseIndexParam, { type: 'integer', minimum: 0, maximum: 999_999 });
}

/** A path code of exactly `length` digits, checked and documented by its pattern. */
export function DigitsParam(name: string, length: number): ParameterDecorator {
  return checkedParam(name, new ParseDigitsParam(length), { type: 'string', pattern: `^[0-9]{${length}}$` });
}

/**
 * The path parameter `name` through `pipe`, and its shape in the OpenAPI document: Swagger cannot see
 * what a pipe accepts, and a client generator or a fuzzer that is not told sends ids the route refuses.
 */
function checkedParam(
  name: string,
  pipe: Type<PipeTransform> | PipeTransform,
  schema: SchemaObject,
): ParameterDecorator {
  return (target, key, index) => {
    Param(name, pipe)(target, key, index);
    const method = Object.getOwnPropertyDescriptor(target, key!)!;
    ApiParam({ name, schema })(target, key!, method);
  };
}
