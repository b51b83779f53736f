import { ValidationError } from 'class-validator';

const ARRAY_INDEX = /^\d+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

  const word = new RegExp(`(^|[\\s'"(])${escapeRegExp(property)}(?=$|[\\s.\\[,:;'")])`, 'g');
  const qualified = message.replace(word, (_match, before: string) => `${before}${path}`);
  return qualified !== message ? qualified : `${path}: ${message}`;
}

/**
 * Flattens class-validator's nested `ValidationError` tree into one message per failed
 * constraint, each naming the full property path, such as `optimalTiming.timezone` or
 * `topCompetitors[1].name`. Identical messages of one property appear once. `parentPath`
 * prefixes every path, for errors of a nested value.
 */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): string[] {
  const messages: string[] = [];
  for (const error of errors) {
    const path = joinPath(parentPath, error.property);
    // Several constraints of one property may share a message, such as IsNumber and Min.
    const constraintMessages = new Set(Object.values(error.constraints ?? {}));
    for (const message of constraintMessages) {
      messages.push(qualifyMessage(message, error.property, path));
    }
    if (error.children && error.children.length > 0) {
      messages.push(...flattenValidationErrors(error.children, path));
    }
  }
  return messages;
}
