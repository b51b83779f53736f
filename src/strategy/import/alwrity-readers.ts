import { describeType, describeValue, isPlainObject } from '../../common/validation/describe-value';

/** An ALwrity document, or a field of it, that cannot be read. The message names the field by its path in the document. */
export class AlwrityImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlwrityImportError';
  }
}

/** State of one import: the paths of fields that were left out, list indexes written as `[]`. */
export interface ImportContext {
  ignoredFields: Set<string>;
}

/**
 * Reads one field of an ALwrity document into its Cadence form. Returns undefined for null and
 * missing values, so the field is left out. Throws AlwrityImportError, naming `path`, for a value
 * that cannot be read.
 */
export type FieldReader = (value: unknown, path: string, context: ImportContext) => unknown;

export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Converts an ALwrity snake_case key to camelCase: `do_s` → `doS`, `avg_session_duration` → `avgSessionDuration`. */
export function toCamelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

export function joinPath(parentPath: string, key: string): string {
  return parentPath === '' ? key : `${parentPath}.${key}`;
}

export function reportIgnored(context: ImportContext, path: string): void {
  context.ignoredFields.add(path.replace(/\[\d+\]/g, '[]'));
}

/** A decimal number written as a string: "3", "-1.5", "2e3". Thousands separators are not accepted. */
const NUMERIC_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export const readText: FieldReader = (value, path) => {
  if (isAbsent(value)) {
    return undefined;
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  throw new AlwrityImportError(`${path} must be a string, got ${describeType(value)}`);
};

/** Reads a number; numeric strings such as "3" become numbers. */
export const readNumber: FieldReader = (value, path) => {
  if (isAbsent(value)) {
    return undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && NUMERIC_STRING.test(value.trim())) {
    return Number(value.trim());
  }
  throw new AlwrityImportError(`${path} must be a number, got ${describeValue(value)}`);
};

/** Reads a boolean; the strings "true", "false", "yes" and "no" (any case) are accepted too. */
export const readBoolean: FieldReader = (value, path) => {
  if (isAbsent(value)) {
    return undefined;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'yes') {
      return true;
    }
    if (word === 'false' || word === 'no') {
      return false;
    }
  }
  throw new AlwrityImportError(`${path} must be true or false, got ${describeValue(value)}`);
};

/**
 * Wraps a single value where ALwrity data may hold a list, and drops null items. Returns undefined
 * for an absent value.
 */
function asList(value: unknown): unknown[] | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item) => !isAbsent(item));
}

/** Reads a list of strings; a single string becomes a one-item list and numbers become strings. */
export const readTextList: FieldReader = (value, path, context) => {
  if (isPlainObject(value)) {
    throw new AlwrityImportError(`${path} must be a list of strings, got an object`);
  }
  return asList(value)?.map((item, index) => readText(item, `${path}[${index}]`, context));
};

function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Reads one of `values`, ignoring case, spaces and hyphens: "high" → "High", "biweekly" →
 * "Bi-weekly". A string that matches none is kept as is, for validation to reject with the
 * allowed values.
 */
export function readEnum(values: readonly string[]): FieldReader {
  return (value, path, context) => {
    const text = readText(value, path, context) as string | undefined;
    if (text === undefined) {
      return undefined;
    }
    const match = values.find((allowed) => normaliseWord(allowed) === normaliseWord(text));
    return match ?? text;
  };
}

/**
 * Reads the known keys of an object into their camelCase names. Other keys are reported in the
 * context's ignored fields, and keys whose value is absent are left out.
 */
export function readFields(
  source: Record<string, unknown>,
  fields: Record<string, FieldReader>,
  path: string,
  context: ImportContext,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const fieldPath = joinPath(path, key);
    if (!Object.hasOwn(fields, key)) {
      reportIgnored(context, fieldPath);
      continue;
    }
    const mapped = fields[key](value, fieldPath, context);
    if (mapped !== undefined) {
      result[toCamelCase(key)] = mapped;
    }
  }
  return result;
}

export function readObject(fields: Record<string, FieldReader>): FieldReader {
  return (value, path, context) => {
    if (isAbsent(value)) {
      return undefined;
    }
    if (!isPlainObject(value)) {
      throw new AlwrityImportError(`${path} must be an object, got ${describeType(value)}`);
    }
    return readFields(value, fields, path, context);
  };
}

/**
 * Reads a list of objects. A single object becomes a one-item list, and a string item becomes an
 * object with the string under `stringKey` (a competitor name "Acme" → `{ name: "Acme" }`).
 */
export function readObjectList(fields: Record<string, FieldReader>, stringKey: string): FieldReader {
  const readItem = readObject(fields);
  return (value, path, context) =>
    asList(value)?.map((item, index) => {
      const itemPath = `${path}[${index}]`;
      if (typeof item === 'string') {
        return { [toCamelCase(stringKey)]: item };
      }
      if (!isPlainObject(item)) {
        throw new AlwrityImportError(
          `${itemPath} must be a string or an object with ${stringKey}, got ${describeType(item)}`,
        );
      }
      return readItem(item, itemPath, context);
    });
}

/** Keeps a free-JSON object as is, keys untouched. */
export const readJsonObject: FieldReader = (value, path) => {
  if (isAbsent(value)) {
    return undefined;
  }
  if (!isPlainObject(value)) {
    throw new AlwrityImportError(`${path} must be an object, got ${describeType(value)}`);
  }
  return value;
};

/** Keeps any JSON value as is, such as AI analysis results. */
export const readJsonValue: FieldReader = (value) => (isAbsent(value) ? undefined : value);

/** Reads an object of numbers keyed by free names (percent by traffic source); numeric strings become numbers. */
export const readNumberRecord: FieldReader = (value, path, context) => {
  const record = readJsonObject(value, path, context) as Record<string, unknown> | undefined;
  if (record === undefined) {
    return undefined;
  }
  const entries = Object.entries(record)
    .filter(([, item]) => !isAbsent(item))
    .map(([key, item]) => [key, readNumber(item, joinPath(path, key), context)]);
  return Object.fromEntries(entries);
};

/**
 * Reads a value that is either a string or an object with `fields`: a string stays a string, or,
 * with `stringKey`, becomes an object with the string under that key.
 */
export function readStringOrObject(
  fields: Record<string, FieldReader>,
  expected: string,
  stringKey?: string,
): FieldReader {
  const readAsObject = readObject(fields);
  return (value, path, context) => {
    if (isAbsent(value)) {
      return undefined;
    }
    if (typeof value === 'string') {
      return stringKey === undefined ? value : { [toCamelCase(stringKey)]: value };
    }
    if (isPlainObject(value)) {
      return readAsObject(value, path, context);
    }
    throw new AlwrityImportError(`${path} must be ${expected}, got ${describeType(value)}`);
  };
}
