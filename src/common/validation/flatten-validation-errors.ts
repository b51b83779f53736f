import { ValidationError } from 'class-validator';

const ARRAY_INDEX = /^\d+$/;

const WORD_START = /[\s'"(]/;
const WORD_END = /[\s.[,:;'")]/;

/**
 * Replaces each occurrence of `property` as a whole word with `path`. It scans with indexOf instead
 * of compiling a regular expression per message, because an object with thousands of unknown keys
 * yields a message per key.
 */
function replaceWord(message: string, property: string, path: string): string {
  let result = '';
  let copiedUpTo = 0;
  let index = message.indexOf(property);
  while (index !== -1) {
    const end = index + property.length;
    const startsWord = index === 0 || WORD_START.test(message[index - 1]);
    const endsWord = end === message.length || WORD_END.test(message[end]);
    if (startsWord && endsWord) {
      result += message.slice(copiedUpTo, index) + path;
      copiedUpTo = end;
      index = message.indexOf(property, end);
    } else {
      index = message.indexOf(property, index + 1);
    }
  }
  return result + message.slice(copiedUpTo);
}

function joinPath(parentPath: string, property: string): string {
  if (parentPath === '') {
    return property;
  }
  return ARRAY_INDEX.test(property) ? `${parentPath}[${property}]` : `${parentPath}.${property}`;
}

/**
 * Puts the full path into a message that class-validator built with the bare property name:
 * "timezone must be a string" under `optimalTiming` becomes "optimalTiming.timezone must be a
 * string", and "property foo should not exist" becomes "property optimalTiming.foo should not
 * exist". Every occurrence is replaced, because a custom validator may join several problems of
 * the property into one message. A message without the property name gets the path as a prefix.
 */
function qualifyMessage(message: string, property: string, path: string): string {
  if (path === property) {
    return message;
  }
  if (ARRAY_INDEX.test(property)) {
    // A bare index such as "0" may also occur as a number inside the message, so only a leading one is replaced.
    return message.startsWith(`${property} `) ? `${path}${message.slice(property.length)}` : `${path}: ${message}`;
  }

  const qualified = replaceWord(message, property, path);
  return qualified !== message ? qualified : `${path}: ${message}`;
}

/** Maximum number of messages in one error response, and of problems joined into one message. */
export const MAX_REPORTED_PROBLEMS = 50;

/**
 * Returns the first `max` messages, followed by one line "… and N more errors" when there are
 * more, so that a list with thousands of invalid items cannot produce a response of megabytes.
 */
export function limitMessages(messages: string[], max = MAX_REPORTED_PROBLEMS): string[] {
  if (messages.length <= max) {
    return messages;
  }
  const rest = messages.length - max;
  return [...messages.slice(0, max), `… and ${rest} more ${rest === 1 ? 'error' : 'errors'}`];
}

/**
 * Like `flattenValidationErrors`, with every message kept, for callers that join the messages of a
 * nested value into one and limit them there.
 */
export function collectValidationMessages(errors: ValidationError[], parentPath = ''): string[] {
  const messages: string[] = [];
  for (const error of errors) {
    const path = joinPath(parentPath, error.property);
    // Several constraints of one property may share a message, such as IsNumber and Min.
    const constraintMessages = new Set(Object.values(error.constraints ?? {}));
    for (const message of constraintMessages) {
      messages.push(qualifyMessage(message, error.property, path));
    }
    if (error.children && error.children.length > 0) {
      messages.push(...collectValidationMessages(error.children, path));
    }
  }
  return messages;
}

/**
 * Flattens class-validator's nested `ValidationError` tree into one message per failed
 * constraint, each naming the full property path, such as `optimalTiming.timezone` or
 * `topCompetitors[1].name`. Identical messages of one property appear once. `parentPath`
 * prefixes every path, for errors of a nested value. At most 50 messages are returned (see
 * `limitMessages`).
 */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): string[] {
  return limitMessages(collectValidationMessages(errors, parentPath));
}
