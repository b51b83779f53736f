import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

import { describeType, describeValue, isPlainObject } from './describe-value';
import { limitMessages } from './flatten-validation-errors';

/** Maximum nesting of objects and lists inside one free-JSON property. */
const MAX_JSON_DEPTH = 32;

/**
 * Returns whether `value` is a JSON value: null, a boolean, a string, a finite number, or a list or
 * plain object of JSON values, nested at most 32 levels.
 */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return true;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value);
  }
  if (depth >= MAX_JSON_DEPTH) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.every((item) => isJsonValue(item, depth + 1));
  }
  if (isPlainObject(value)) {
    // JSON.stringify drops undefined properties, so they are allowed inside objects.
    return Object.values(value).every((item) => item === undefined || isJsonValue(item, depth + 1));
  }
  return false;
}

/**
 * Checks that the property is any JSON value (see `isJsonValue`). It is the whitelisting decorator
 * for free-JSON fields, so `forbidNonWhitelisted` accepts them and their keys stay unchecked.
 */
export function IsJsonValue(validationOptions?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isJsonValue',
      target: target.constructor,
      propertyName: propertyName.toString(),
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must be JSON: objects, lists, strings, finite numbers, booleans or null, ` +
          `nested at most ${MAX_JSON_DEPTH} levels`,
        ...validationOptions,
      },
      validator: {
        validate: (value: unknown) => isJsonValue(value),
      },
    });
  };
}

export interface NumberRecordOptions {
  /** Also accept string values, such as `measurement_period: "Quarterly"` among ROI targets. */
  allowStrings?: boolean;
  /** Maximum number of keys. */
  maxKeys: number;
}

function describeNumberRecordProblems(value: unknown, property: string, options: NumberRecordOptions): string[] {
  const expected = options.allowStrings ? 'a number >= 0 or a string' : 'a number >= 0';
  if (!isPlainObject(value)) {
    return [`${property} must be an object whose values are each ${expected}, got ${describeType(value)}`];
  }

  const entries = Object.entries(value);
  // The values of an object with too many keys are not checked: the count is the problem to fix first.
  if (entries.length > options.maxKeys) {
    return [`${property} must have at most ${options.maxKeys} keys, got ${entries.length}`];
  }
  const problems: string[] = [];
  for (const [key, item] of entries) {
    const isValidNumber = typeof item === 'number' && Number.isFinite(item) && item >= 0;
    const isAllowedString = options.allowStrings === true && typeof item === 'string';
    if (!isValidNumber && !isAllowedString) {
      problems.push(`${property}.${key} must be ${expected}, got ${describeValue(item)}`);
    }
  }
  return problems;
}

/**
 * Checks that the property is a flat object of non-negative numbers keyed by free names, such as
 * percent by traffic source. The message names every key whose value is wrong.
 */
export function IsNumberRecord(options: NumberRecordOptions, validationOptions?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNumberRecord',
      target: target.constructor,
      propertyName: propertyName.toString(),
      options: {
        message: (args: ValidationArguments) =>
          limitMessages(describeNumberRecordProblems(args.value, args.property, options)).join('; '),
        ...validationOptions,
      },
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          describeNumberRecordProblems(value, args?.property ?? '', options).length === 0,
      },
    });
  };
}
