import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { FeatureError } from '../errors/feature-error.js';
import { validationFailed } from '../errors/validation-failed.js';

function malformed(metadata: ArgumentMetadata, code: string, message: string): FeatureError {
  const field = metadata.data ?? 'path';
  return validationFailed([{ field, code, message: `${field} ${message}` }]);
}

/** A path id that must be a UUID; refused like any other field (VALIDATION_FAILED naming it). */
@Injectable()
export class ParseUuidParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    throw malformed(metadata, 'IS_UUID', 'must be a UUID');
  }
}

/** A path position (0, 1, 2, …) as decimal digits only: no signs, exponents or hexadecimal. */
@Injectable()
export class ParseIndexParam implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    if (/^[0-9]{1,6}$/.test(value)) return Number(value);
    throw malformed(metadata, 'IS_INDEX', 'must be a whole number from 0');
  }
}

/** A path code of exactly `length` digits: a bank code, a KBK, a BIN. */
@Injectable()
export class ParseDigitsParam implements PipeTransform<string, string> {
  constructor(private readonly length: number) {}

  transform(value: string, metadata: ArgumentMetadata): string {
    if (new RegExp(`^[0-9]{${this.length}}$`).test(value)) return value;
    throw malformed(metadata, 'IS_DIGITS', `must be ${this.length} digits`);
  }
}
