import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { flattenValidationErrors } from '../../common/validation/flatten-validation-errors';
import type { StrategyContent } from '../strategy-content';
import { CreateStrategyDto } from './strategy-content.dto';

export { flattenValidationErrors };

/** Copies JSON data, turning DTO instances into plain objects and dropping undefined properties. */
function toPlainJson(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(toPlainJson);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries.map(([key, item]) => [key, toPlainJson(item)]));
  }
  return value;
}

/**
 * Validates a plain object with the rules of `CreateStrategyDto`, the same rules and options
 * (`whitelist`, `forbidNonWhitelisted`) as the HTTP validation pipe. Returns the content as plain
 * JSON, or one message per problem with its full property path ("optimalTiming.timezone ...").
 */
export async function validateStrategyContent(
  plain: object,
): Promise<{ content: StrategyContent } | { errors: string[] }> {
  const instance = plainToInstance(CreateStrategyDto, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    return { errors: flattenValidationErrors(errors) };
  }
  return { content: toPlainJson(instance) as StrategyContent };
}
