import { isUtf8 } from 'node:buffer';

import { RESERVED_KEYS, RESERVED_KEYS_RULE } from './reserved-keys';

/**
 * Maximum nesting of objects and lists in a request body, the root object counting as level 1.
 * Free-JSON fields allow 32 levels inside the field, so this limit only stops bodies that no field
 * would accept. It stops them before the validation, which recurses once per level.
 */
export const MAX_BODY_DEPTH = 64;

/**
 * Maximum number of object members and list items in a request body, all levels together. A large
 * strategy has a few thousand (an estimate). Validating 80,000 unknown keys blocked the event loop
 * for seconds, so bodies with more members are rejected before parsing.
 */
export const MAX_BODY_MEMBERS = 20_000;

/**
 * Maximum number of keys of one object. class-transformer 0.5.1 removes duplicate keys with a
 * filter whose time grows with the square of an object's key count. One object with 20,000 keys
 * blocks the event loop for a fraction of a second, and 20 objects of 1,000 keys take milliseconds.
 */
export const MAX_OBJECT_KEYS = 1_000;

export interface JsonBodyLimits {
  maxDepth: number;
  maxMembers: number;
  maxObjectKeys: number;
}

const DEFAULT_LIMITS: JsonBodyLimits = {
  maxDepth: MAX_BODY_DEPTH,
  maxMembers: MAX_BODY_MEMBERS,
  maxObjectKeys: MAX_OBJECT_KEYS,
};

/** The `type` of a JsonBodyRejectedError, which body-parser keeps on the error it passes on. */
export const JSON_BODY_REJECTED = 'entity.rejected';

/** A request body that Cadence does not accept although it may be valid JSON. The message names the place. */
export class JsonBodyRejectedError extends Error {
  // body-parser passes an error thrown by `verify` on with this status and type (lib/read.js of body-parser 2.4.0).
  readonly status = 400;
  readonly type = JSON_BODY_REJECTED;

  constructor(message: string) {
    super(message);
    this.name = 'JsonBodyRejectedError';
  }
}

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LOWER_U = 0x75;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;

/** Maximum length in bytes, between the quotes, of a key that may decode to a reserved key: 20 characters, each written as \uXXXX. */
const MAX_RESERVED_KEY_BYTES = 20 * 6;
/** Keys and numbers are cut to this many characters in messages, and paths to twice as many. */
const MAX_SHOWN_LENGTH = 60;

function isWhitespace(byte: number): boolean {
  return byte === SPACE || byte === LINE_FEED || byte === CARRIAGE_RETURN || byte === TAB;
}

function isDelimiter(byte: number): boolean {
  return (
    isWhitespace(byte) ||
    byte === COMMA ||
    byte === COLON ||
    byte === QUOTE ||
    byte === LEFT_BRACE ||
    byte === RIGHT_BRACE ||
    byte === LEFT_BRACKET ||
    byte === RIGHT_BRACKET
  );
}

function shorten(text: string, maxLength = MAX_SHOWN_LENGTH): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

/**
 * One open object or list: the index of the current item of a list, or the number of keys read so
 * far and the byte range of the current key of an object.
 */
interface Frame {
  kind: 'object' | 'list';
  index: number;
  keyCount: number;
  keyStart: number;
  keyEnd: number;
}

/**
 * Checks the raw bytes of a JSON request body before it is parsed. Rejects, with
 * JsonBodyRejectedError naming the JSON path:
 *
 * - bytes that are not UTF-8, and a root value that is a list instead of an object;
 * - nesting deeper than `maxDepth`, more than `maxObjectKeys` keys in one object, and more than
 *   `maxMembers` members and items in total;
 * - strings, keys included, with a NUL character (\u0000) or an unpaired UTF-16 surrogate escape
 *   (\ud800), which PostgreSQL rejects in text and jsonb;
 * - reserved keys (see RESERVED_KEYS), also when written with escapes;
 * - numbers outside the range of a double, such as 1e400, which JSON.parse turns into Infinity.
 *
 * Syntax errors are left to JSON.parse, which reports them with their position. The scan
 * tolerates them, so on malformed input it may report one of the problems above first, or miss
 * one. A root value that is neither an object nor a list passes unchecked.
 */
export function scanJsonBody(bytes: Buffer, limits: JsonBodyLimits = DEFAULT_LIMITS): void {
  if (!isUtf8(bytes)) {
    throw new JsonBodyRejectedError('Request body is not valid UTF-8; send the JSON encoded as UTF-8');
  }
  new JsonBodyScanner(bytes, limits).scan();
}

class JsonBodyScanner {
  private position = 0;
  private members = 0;
  private readonly frames: Frame[] = [];
  /** Index of the next backslash at or after the scan position, -1 when there is none, -2 before the first search. */
  private nextBackslash = -2;

  constructor(
    private readonly bytes: Buffer,
    private readonly limits: JsonBodyLimits,
  ) {}

  scan(): void {
    const { bytes } = this;
    // A UTF-8 byte order mark, which body-parser's decoder strips.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.position = 3;
    }
    while (this.position < bytes.length && isWhitespace(bytes[this.position])) {
      this.position += 1;
    }
    if (bytes[this.position] === LEFT_BRACKET) {
      throw new JsonBodyRejectedError('Request body must be a JSON object, got a list; wrap the list in an object field');
    }
    if (bytes[this.position] !== LEFT_BRACE) {
      return;
    }

    let expectKey = false;
    while (this.position < bytes.length) {
      const byte = bytes[this.position];
      const frame = this.frames.at(-1);

      if (isWhitespace(byte)) {
        this.position += 1;
        continue;
      }
      switch (byte) {
        case LEFT_BRACE:
        case LEFT_BRACKET:
          this.open(byte === LEFT_BRACE ? 'object' : 'list');
          expectKey = byte === LEFT_BRACE;
          this.position += 1;
          break;
        case RIGHT_BRACE:
        case RIGHT_BRACKET:
          this.frames.pop();
          if (this.frames.length === 0) {
            // The root is closed; anything after it is a syntax error for JSON.parse to report.
            return;
          }
          expectKey = false;
          this.position += 1;
          break;
        case COMMA:
          if (frame?.kind === 'list') {
            frame.index += 1;
          }
          expectKey = frame?.kind === 'object';
          this.position += 1;
          break;
        case COLON:
          expectKey = false;
          this.position += 1;
          break;
        case QUOTE:
          if (expectKey && frame?.kind === 'object') {
            this.readKey(frame);
          } else {
            this.countMember();
            this.readString(false);
          }
          break;
        default:
          this.countMember();
          this.readScalar();
      }
    }
  }

  private open(kind: Frame['kind']): void {
    if (this.frames.length > 0) {
      this.countMember();
    }
    if (this.frames.length + 1 > this.limits.maxDepth) {
      throw new JsonBodyRejectedError(
        `Request body is nested deeper than ${this.limits.maxDepth} levels of objects and lists at ` +
          `${this.path()}; send at most ${this.limits.maxDepth} levels`,
      );
    }
    this.frames.push({ kind, index: 0, keyCount: 0, keyStart: -1, keyEnd: -1 });
  }

  private countMember(): void {
    this.members += 1;
    if (this.members > this.limits.maxMembers) {
      throw new JsonBodyRejectedError(
        `Request body has more than ${this.limits.maxMembers} object members and list items in total; ` +
          `send at most ${this.limits.maxMembers}`,
      );
    }
  }

  private readKey(frame: Frame): void {
    // Until the key is read, the path ends at the object, so messages about the key name the object.
    frame.keyStart = -1;
    frame.keyCount += 1;
    if (frame.keyCount > this.limits.maxObjectKeys) {
      const object = this.path() === '' ? 'The request body' : `Object ${this.path()}`;
      throw new JsonBodyRejectedError(
        `${object} has more than ${this.limits.maxObjectKeys} keys; send at most ${this.limits.maxObjectKeys} keys per object`,
      );
    }
    const start = this.position + 1;
    const end = this.readString(true);
    frame.keyStart = start;
    frame.keyEnd = end;

    if (end - start <= MAX_RESERVED_KEY_BYTES) {
      const key = this.decodeKey(start, end);
      if (RESERVED_KEYS.has(key)) {
        throw new JsonBodyRejectedError(`Key ${this.path()} is not accepted because ${RESERVED_KEYS_RULE}; rename the key`);
      }
    }
  }

  /**
   * Reads the string that starts at the scan position, checking its escapes, and moves past it.
   * Returns the index of the closing quote, or the body length when the string is not closed.
   */
  private readString(isKey: boolean): number {
    const { bytes } = this;
    let cursor = this.position + 1;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, cursor);
      if (quote === -1) {
        this.position = bytes.length;
        return bytes.length;
      }
      const backslash = this.findBackslash(cursor);
      if (backslash === -1 || backslash > quote) {
        this.position = quote + 1;
        return quote;
      }
      cursor = this.checkEscape(backslash, isKey);
    }
  }

  /** Checks the escape at `backslash` and returns the index after it. */
  private checkEscape(backslash: number, isKey: boolean): number {
    if (this.bytes[backslash + 1] !== LOWER_U) {
      return backslash + 2;
    }
    const unit = this.readHex(backslash + 2);
    if (unit === 0) {
      throw new JsonBodyRejectedError(
        `${this.describeString(isKey)} contains a NUL character (\\u0000), which cannot be stored; remove it`,
      );
    }
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    if (isHighSurrogate) {
      const next = this.bytes[backslash + 6] === BACKSLASH && this.bytes[backslash + 7] === LOWER_U ? this.readHex(backslash + 8) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        return backslash + 12;
      }
    }
    if (isHighSurrogate || isLowSurrogate) {
      const escape = `\\u${unit.toString(16).padStart(4, '0')}`;
      throw new JsonBodyRejectedError(
        `${this.describeString(isKey)} contains an unpaired UTF-16 surrogate (${escape}), which is not valid ` +
          'Unicode; send complete surrogate pairs or plain UTF-8',
      );
    }
    return backslash + 6;
  }

  /** Returns the value of 4 hex digits at `start`, or -1 when they are not hex digits (a syntax error). */
  private readHex(start: number): number {
    if (start + 4 > this.bytes.length) {
      return -1;
    }
    const digits = this.bytes.toString('latin1', start, start + 4);
    return /^[0-9a-fA-F]{4}$/.test(digits) ? Number.parseInt(digits, 16) : -1;
  }

  private findBackslash(from: number): number {
    if (this.nextBackslash === -2 || (this.nextBackslash !== -1 && this.nextBackslash < from)) {
      this.nextBackslash = this.bytes.indexOf(BACKSLASH, from);
    }
    return this.nextBackslash;
  }

  /** Reads a number, true, false or null; only numbers are checked. */
  private readScalar(): void {
    const start = this.position;
    while (this.position < this.bytes.length && !isDelimiter(this.bytes[this.position])) {
      this.position += 1;
    }
    const token = this.bytes.toString('latin1', start, this.position);
    // A malformed number gives NaN here and a syntax error in JSON.parse, so only overflow is checked.
    const value = Number(token);
    if (/^-?\d/.test(token) && (value === Infinity || value === -Infinity)) {
      throw new JsonBodyRejectedError(`${this.path()} must be a finite number, got ${shorten(token)}`);
    }
  }

  private decodeKey(start: number, end: number): string {
    const raw = this.bytes.toString('utf8', start, end);
    if (!raw.includes('\\')) {
      return raw;
    }
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  /**
   * Returns the JSON path of the value being read, such as `qualityMetrics.notes[2]`, cut to 120
   * characters; empty at the root.
   */
  private path(): string {
    let path = '';
    for (const frame of this.frames) {
      if (frame.kind === 'list') {
        path += `[${frame.index}]`;
      } else if (frame.keyStart >= 0) {
        const key = shorten(this.decodeKey(frame.keyStart, frame.keyEnd));
        path += path === '' ? key : `.${key}`;
      }
      if (path.length > 2 * MAX_SHOWN_LENGTH) {
        break;
      }
    }
    return shorten(path, 2 * MAX_SHOWN_LENGTH);
  }

  private describeString(isKey: boolean): string {
    const path = this.path();
    if (isKey) {
      return path === '' ? 'A key of the request body' : `A key of ${path}`;
    }
    return path;
  }
}
