import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';

import { describeType, describeValue } from './describe-value';
import { limitMessages } from './flatten-validation-errors';
import { IsJsonValue, IsNumberRecord, NumberRecordOptions } from './json-value';
import { IsObjectList, IsStringOrObject } from './nested-values';

/**
 * Decorators that pair a property's OpenAPI documentation with its class-validator rules, so the
 * two cannot drift apart. Every field is optional unless `required` is set.
 */

export interface FieldDoc {
  /** One-line description shown in the OpenAPI document. */
  description: string;
  example?: unknown;
  required?: boolean;
}

function documentField(doc: FieldDoc, schema: Record<string, unknown>): PropertyDecorator {
  const { required, ...documentation } = doc;
  const options = { ...documentation, ...schema };
  return required ? ApiProperty(options) : ApiPropertyOptional(options);
}

function optionalUnlessRequired(doc: FieldDoc): PropertyDecorator[] {
  return doc.required ? [] : [IsOptional()];
}

/**
 * Declares a string of `minLength` (default 0) to `maxLength` characters. With `notBlank`, it must
 * also contain a non-space character.
 */
export function TextField(
  doc: FieldDoc & { maxLength: number; minLength?: number; notBlank?: boolean },
): PropertyDecorator {
  const { maxLength, minLength = 0, notBlank = false, ...rest } = doc;
  const lengthRule = minLength > 0 ? `${minLength} to ${maxLength} characters long` : `at most ${maxLength} characters long`;
  // Every rule shares this message, which describes the first problem of the value.
  const message = (args: ValidationArguments) => {
    const value: unknown = args.value;
    if (value === undefined || value === null) {
      return `${args.property} is required`;
    }
    if (typeof value !== 'string') {
      return `${args.property} must be a string, got ${describeType(value)}`;
    }
    if (value.length < minLength || value.length > maxLength) {
      return `${args.property} must be ${lengthRule}, got ${value.length}`;
    }
    return `${args.property} must contain a non-space character`;
  };

  const rules = [IsString({ message }), Length(minLength, maxLength, { message })];
  if (notBlank) {
    rules.push(Matches(/\S/, { message }));
  }
  return applyDecorators(
    documentField(rest, { type: String, maxLength, ...(minLength > 0 ? { minLength } : {}) }),
    ...optionalUnlessRequired(rest),
    ...rules,
  );
}

/** Lists every problem of a string-list value; empty when the value is valid. */
function describeTextListProblems(value: unknown, property: string, maxItems: number, maxLength: number): string[] {
  if (!Array.isArray(value)) {
    return [`${property} must be a list of strings, got ${describeType(value)}`];
  }
  // The items of a list that is too long are not checked: the count is the problem to fix first.
  if (value.length > maxItems) {
    return [`${property} must contain at most ${maxItems} items, got ${value.length}`];
  }
  const problems: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') {
      problems.push(`${property}[${index}] must be a string, got ${describeType(item)}`);
    } else if (item.length > maxLength) {
      problems.push(`${property}[${index}] must be at most ${maxLength} characters long, got ${item.length}`);
    }
  });
  return problems;
}

/** Declares a list of at most `maxItems` strings of at most `maxLength` characters each. */
export function TextListField(doc: FieldDoc & { maxItems: number; maxLength: number }): PropertyDecorator {
  const { maxItems, maxLength, ...rest } = doc;
  // Every rule reports the full list of problems, so a failure of several rules shows one message.
  const message = (args: ValidationArguments) =>
    limitMessages(describeTextListProblems(args.value, args.property, maxItems, maxLength)).join('; ');
  return applyDecorators(
    documentField(rest, { type: [String], maxItems }),
    ...optionalUnlessRequired(rest),
    IsArray({ message }),
    ArrayMaxSize(maxItems, { message }),
    IsString({ each: true, message }),
    MaxLength(maxLength, { each: true, message }),
  );
}

export interface NumberRange {
  min?: number;
  max?: number;
  integer?: boolean;
}

function describeRange({ min, max, integer }: NumberRange): string {
  const kind = integer ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) {
    return `${kind} from ${min} to ${max}`;
  }
  if (min !== undefined) {
    return `${kind} >= ${min}`;
  }
  if (max !== undefined) {
    return `${kind} <= ${max}`;
  }
  return kind;
}

/** Declares a finite number, optionally an integer and bounded. All its rules share one message. */
export function NumberField(doc: FieldDoc & NumberRange): PropertyDecorator {
  const { min, max, integer, ...rest } = doc;
  const range = { min, max, integer };
  const message = (args: ValidationArguments) =>
    `${args.property} must be ${describeRange(range)}, got ${describeValue(args.value)}`;

  const rules: PropertyDecorator[] = [
    integer ? IsInt({ message }) : IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
  ];
  if (min !== undefined) {
    rules.push(Min(min, { message }));
  }
  if (max !== undefined) {
    rules.push(Max(max, { message }));
  }
  return applyDecorators(
    documentField(rest, {
      type: integer ? 'integer' : 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    }),
    ...optionalUnlessRequired(rest),
    ...rules,
  );
}

export function BooleanField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    documentField(doc, { type: Boolean }),
    ...optionalUnlessRequired(doc),
    IsBoolean({ message: (args) => `${args.property} must be true or false, got ${describeValue(args.value)}` }),
  );
}

/** Declares one of a fixed list of strings, matched exactly (case included). */
export function EnumField(values: readonly string[], doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    documentField(doc, { enum: [...values], type: String }),
    ...optionalUnlessRequired(doc),
    IsIn([...values], {
      message: (args) => `${args.property} must be one of ${values.join(', ')}; got ${describeValue(args.value)}`,
    }),
  );
}

/** Declares a nested object validated by the rules of `type`, which reject unknown keys. */
export function NestedField(type: () => new () => object, doc: FieldDoc): PropertyDecorator {
  // IsObject rejects lists, which ValidateNested would accept item by item; both share one message.
  const message = (args: ValidationArguments) => `${args.property} must be an object, got ${describeType(args.value)}`;
  return applyDecorators(
    // @nestjs/swagger recognises a lazy type only by the function name `type`, which this literal gives it.
    documentField(doc, { type: () => type() }),
    ...optionalUnlessRequired(doc),
    IsObject({ message }),
    ValidateNested({ message }),
    Type(type),
  );
}

/** Declares a free-JSON object with any keys and JSON values, not checked further. */
export function JsonObjectField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    documentField(doc, { type: 'object', additionalProperties: true }),
    ...optionalUnlessRequired(doc),
    IsObject({ message: (args) => `${args.property} must be an object, got ${describeType(args.value)}` }),
    IsJsonValue(),
  );
}

/** Declares any JSON value (object, list, string, number, boolean), kept as is. */
export function JsonValueField(doc: FieldDoc): PropertyDecorator {
  return applyDecorators(
    documentField(doc, {
      oneOf: [
        { type: 'object', additionalProperties: true },
        { type: 'array', items: {} },
        { type: 'string' },
        { type: 'number' },
        { type: 'boolean' },
      ],
    }),
    ...optionalUnlessRequired(doc),
    IsJsonValue(),
  );
}

/** Declares a list of at most `maxItems` objects, each validated by the rules of `type` (see `IsObjectList`). */
export function ObjectListField(
  type: () => new () => object,
  doc: FieldDoc & { maxItems: number },
): PropertyDecorator {
  const { maxItems, ...rest } = doc;
  return applyDecorators(
    documentField(rest, { type: () => [type()], maxItems }),
    ...optionalUnlessRequired(rest),
    IsObjectList({ objectType: type, maxItems }),
  );
}

/**
 * Declares a string or an object validated by the rules of `type`, or with `maxItems`, a list of
 * such values (see `IsStringOrObject`). OpenAPI shows the union as `oneOf`, and the class that declares the
 * property needs `@ApiExtraModels(type)` so the `$ref` resolves.
 */
export function StringOrObjectField(
  type: () => new () => object,
  doc: FieldDoc & { expected: string; maxStringLength: number; maxItems?: number },
): PropertyDecorator {
  const { expected, maxStringLength, maxItems, ...rest } = doc;
  const union = { oneOf: [{ type: 'string', maxLength: maxStringLength }, { $ref: getSchemaPath(type()) }] };
  const schema = maxItems === undefined ? union : { type: 'array', items: union, maxItems };
  return applyDecorators(
    documentField(rest, schema),
    ...optionalUnlessRequired(rest),
    IsStringOrObject({ objectType: type, expected, maxStringLength, maxItems }),
  );
}

/** Declares a flat object of non-negative numbers under free keys, and with `allowStrings`, string values too. */
export function NumberRecordField(doc: FieldDoc & NumberRecordOptions): PropertyDecorator {
  const { maxKeys, allowStrings, ...rest } = doc;
  const number = { type: 'number', minimum: 0 };
  return applyDecorators(
    documentField(rest, {
      type: 'object',
      additionalProperties: allowStrings ? { oneOf: [number, { type: 'string' }] } : number,
    }),
    ...optionalUnlessRequired(rest),
    IsNumberRecord({ maxKeys, allowStrings }),
  );
}
