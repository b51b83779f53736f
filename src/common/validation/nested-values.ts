import { plainToInstance } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions, validateSync } from 'class-validator';

import { describeType, isPlainObject } from './describe-value';
import { collectValidationMessages, limitMessages } from './flatten-validation-errors';

/**
 * DTO class whose rules apply to an object value, unknown keys included. A function, so that the
 * class may be declared below the property that uses it.
 */
type DtoClassThunk = () => new () => object;

/**
 * Validates a plain object against a DTO class with unknown keys rejected, and returns one message
 * per problem, each starting with `path`.
 */
export function validatePlainObject(objectType: DtoClassThunk, value: object, path: string): string[] {
  const instance = plainToInstance(objectType(), value);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  return collectValidationMessages(errors, path);
}

function registerProblemCheck(
  name: string,
  describeProblems: (value: unknown, property: string) => string[],
  validationOptions: ValidationOptions | undefined,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName.toString(),
      options: {
        message: (args: ValidationArguments) => limitMessages(describeProblems(args.value, args.property)).join('; '),
        ...validationOptions,
      },
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          describeProblems(value, args?.property ?? '').length === 0,
      },
    });
  };
}

function describeListProblems(
  value: unknown,
  property: string,
  maxItems: number,
  expected: string,
  describeItem: (item: unknown, path: string) => string[],
): string[] {
  if (!Array.isArray(value)) {
    return [`${property} must be a list whose items are each ${expected}, got ${describeType(value)}`];
  }
  // The items of a list that is too long are not checked: the count is the problem to fix first.
  if (value.length > maxItems) {
    return [`${property} must contain at most ${maxItems} items, got ${value.length}`];
  }
  const problems: string[] = [];
  value.forEach((item, index) => {
    problems.push(...describeItem(item, `${property}[${index}]`));
  });
  return problems;
}

export interface ObjectListOptions {
  objectType: DtoClassThunk;
  maxItems: number;
}

/**
 * Checks that the property is a list of at most `maxItems` objects, each passing the rules of
 * `objectType` with unknown keys rejected. Messages name the index ("topCompetitors[1].name ...").
 *
 * It replaces `@ValidateNested({ each: true })`, whose message for a non-object item cannot tell
 * an item from the whole value, so it could not name the index.
 */
export function IsObjectList(options: ObjectListOptions, validationOptions?: ValidationOptions): PropertyDecorator {
  const describeItem = (item: unknown, path: string): string[] =>
    isPlainObject(item)
      ? validatePlainObject(options.objectType, item, path)
      : [`${path} must be an object, got ${describeType(item)}`];

  return registerProblemCheck(
    'isObjectList',
    (value, property) => describeListProblems(value, property, options.maxItems, 'an object', describeItem),
    validationOptions,
  );
}

export interface StringOrObjectOptions {
  objectType: DtoClassThunk;
  /** Accepted value as messages name it, such as "a pillar name or a {name, weight, keywords} object". */
  expected: string;
  /** Maximum length of a string value. */
  maxStringLength: number;
  /** When set, the property is a list of such values with at most this many items. */
  maxItems?: number;
}

/**
 * Checks a union that class-validator cannot express: the property (or, with `maxItems`, each item
 * of the list) is either a non-empty string or an object that passes the rules of `objectType`,
 * which rejects unknown keys. The message lists every problem with its index and key.
 */
export function IsStringOrObject(options: StringOrObjectOptions, validationOptions?: ValidationOptions): PropertyDecorator {
  const describeItem = (item: unknown, path: string): string[] => {
    if (typeof item === 'string') {
      if (item.trim() === '') {
        return [`${path} must be a non-empty string`];
      }
      if (item.length > options.maxStringLength) {
        return [`${path} must be at most ${options.maxStringLength} characters, got ${item.length}`];
      }
      return [];
    }
    if (isPlainObject(item)) {
      return validatePlainObject(options.objectType, item, path);
    }
    return [`${path} must be ${options.expected}, got ${describeType(item)}`];
  };

  const maxItems = options.maxItems;
  const describeProblems =
    maxItems === undefined
      ? describeItem
      : (value: unknown, property: string) =>
          describeListProblems(value, property, maxItems, options.expected, describeItem);

  return registerProblemCheck('isStringOrObject', describeProblems, validationOptions);
}
