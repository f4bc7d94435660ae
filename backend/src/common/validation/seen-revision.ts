import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The revision a change was made over, as its author last saw it. The process refuses the change if
 * it has moved on since (409, the field `revision`): the author looks again instead of overwriting
 * what someone else saved.
 */
export function SeenRevision(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description, type: 'integer', minimum: 1, maximum: 1_000_000, example: 1 }),
    IsInt(),
    Min(1),
    Max(1_000_000),
  );
}
