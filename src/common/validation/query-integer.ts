import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidationArguments } from 'class-validator';

import { describeValue } from './describe-value';

const DECIMAL_DIGITS = /^\d+$/;
/** Values of a repeated parameter that a message quotes. */
const MAX_SHOWN_VALUES = 5;

export interface QueryIntegerDoc {
  description: string;
  min: number;
  max: number;
  default: number;
}

/** Returns the one message of an invalid integer query parameter, naming the value that was sent. */
export function describeQueryIntegerProblem(property: string, value: unknown, min: number, max: number): string {
  if (Array.isArray(value)) {
    const quotedValues = value.slice(0, MAX_SHOWN_VALUES).map(describeValue).join(', ');
    const ellipsis = value.length > MAX_SHOWN_VALUES ? ', …' : '';
    return `${property} must be given once, got ${value.length} values (${quotedValues}${ellipsis})`;
  }
  const sent = value === '' ? 'an empty value' : describeValue(value);
  return `${property} must be a whole number from ${min} to ${max}, got ${sent}`;
}

/**
 * Declares an optional integer query parameter from `min` to `max`. Only plain decimal digits
 * count as a number, so "0x10", "1e1", "+5" and "" are rejected instead of being read by Number().
 * All rules share one message, which names the value.
 */
export function QueryIntegerField(doc: QueryIntegerDoc): PropertyDecorator {
  const { min, max, ...documentation } = doc;
  const message = (args: ValidationArguments) => describeQueryIntegerProblem(args.property, args.value, min, max);
  return applyDecorators(
    ApiPropertyOptional({ ...documentation, type: 'integer', minimum: min, maximum: max }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && DECIMAL_DIGITS.test(value) ? Number(value) : value,
    ),
    IsOptional(),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}
