import { describeType, describeValue, isPlainObject } from '../../common/validation/describe-value';

/** An ALwrity document, or a field of it, that cannot be read. The message names the field by its path in the document. */
export class AlwrityImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlwrityImportError';
  }
}

/** State of one import. */
export interface ImportContext {
  /** Paths of fields that were left out, list indexes written as `[]`. */
  ignoredFields: Set<string>;
  /**
   * Document path of the children of mapped objects and lists, by the child's key or index in the
   * mapped content: for `contentPillars` mapped from `[null, "a"]`, index "0" maps to
   * `content_pillars[1]`. Read by `toDocumentPath`.
   */
  documentPaths: WeakMap<object, Map<string, string>>;
}

export function createImportContext(): ImportContext {
  return { ignoredFields: new Set(), documentPaths: new WeakMap() };
}

/** Records that `container[key]` of the mapped content was read from `documentPath`. */
export function recordDocumentPath(context: ImportContext, container: object, key: string | number, documentPath: string): void {
  let paths = context.documentPaths.get(container);
  if (paths === undefined) {
    paths = new Map();
    context.documentPaths.set(container, paths);
  }
  paths.set(String(key), documentPath);
}

/** Gives `copy` the recorded document paths of `original`, for a copy of a mapped object. */
export function copyDocumentPaths(context: ImportContext, original: object, copy: object): void {
  const paths = context.documentPaths.get(original);
  if (paths !== undefined) {
    context.documentPaths.set(copy, paths);
  }
}

/**
 * Returns the document path of a path in the mapped content, such as `contentPillars[1].name` →
 * `content_pillars[2].name`. Where nothing was recorded, as inside free-JSON values that keep their
 * keys, the key or index is kept.
 */
export function toDocumentPath(context: ImportContext, content: object, contentPath: string): string {
  const segments = contentPath.match(/[^.[\]]+/g) ?? [];
  let documentPath = '';
  let container: unknown = content;
  for (const segment of segments) {
    const isIndex = Array.isArray(container) && /^\d+$/.test(segment);
    const recorded = isObject(container) ? context.documentPaths.get(container)?.get(segment) : undefined;
    documentPath = recorded ?? (isIndex ? `${documentPath}[${segment}]` : joinPath(documentPath, segment));
    container = isObject(container) ? (container as Record<string, unknown>)[segment] : undefined;
  }
  return documentPath;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
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
    const number = Number(value.trim());
    if (Number.isFinite(number)) {
      return number;
    }
  } else if (typeof value !== 'number') {
    throw new AlwrityImportError(`${path} must be a number, got ${describeValue(value)}`);
  }
  // A string such as "1e400", or a JSON number out of range, becomes Infinity.
  throw new AlwrityImportError(`${path} must be a finite number, got ${describeValue(value)}`);
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
 * Reads a value where ALwrity data may hold a list: a single value becomes a one-item list, and
 * null items are dropped. Each item is read with its path in the document, which is also recorded
 * for the mapped list, so messages keep the document's index. Returns undefined for an absent value.
 */
export function readList(
  value: unknown,
  path: string,
  context: ImportContext,
  readItem: (item: unknown, itemPath: string) => unknown,
): unknown[] | undefined {
  if (isAbsent(value)) {
    return undefined;
  }
  const list: unknown[] = [];
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, index) => {
    if (isAbsent(item)) {
      return;
    }
    const itemPath = Array.isArray(value) ? `${path}[${index}]` : path;
    recordDocumentPath(context, list, list.length, itemPath);
    list.push(readItem(item, itemPath));
  });
  return list;
}

/** Reads a list of strings; a single string becomes a one-item list and numbers become strings. */
export const readTextList: FieldReader = (value, path, context) => {
  if (isPlainObject(value)) {
    throw new AlwrityImportError(`${path} must be a list of strings, got an object`);
  }
  return readList(value, path, context, (item, itemPath) => readText(item, itemPath, context));
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
      recordDocumentPath(context, result, toCamelCase(key), fieldPath);
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

/** Returns `{ [camelCase stringKey]: text }`, recording that the text was read from `path`. */
function readStringAsObject(text: string, path: string, stringKey: string, context: ImportContext): Record<string, unknown> {
  const key = toCamelCase(stringKey);
  const result = { [key]: text };
  recordDocumentPath(context, result, key, path);
  return result;
}

/**
 * Reads a list of objects. A single object becomes a one-item list, and a string item becomes an
 * object with the string under `stringKey` (a competitor name "Acme" → `{ name: "Acme" }`).
 */
export function readObjectList(fields: Record<string, FieldReader>, stringKey: string): FieldReader {
  const readItem = readObject(fields);
  return (value, path, context) =>
    readList(value, path, context, (item, itemPath) => {
      if (typeof item === 'string') {
        return readStringAsObject(item, itemPath, stringKey, context);
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
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    if (isAbsent(item)) {
      continue;
    }
    result[key] = readNumber(item, joinPath(path, key), context);
    recordDocumentPath(context, result, key, joinPath(path, key));
  }
  return result;
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
      return stringKey === undefined ? value : readStringAsObject(value, path, stringKey, context);
    }
    if (isPlainObject(value)) {
      return readAsObject(value, path, context);
    }
    throw new AlwrityImportError(`${path} must be ${expected}, got ${describeType(value)}`);
  };
}
