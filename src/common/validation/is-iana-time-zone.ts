import { IANAZone } from 'luxon';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

import { describeValue } from './describe-value';

/**
 * UTC offsets written in place of a zone name: "+02:00", "-0500", "UTC+2", "GMT-03:30".
 * Node 20's Intl rejects them, but ECMA-402 now allows offset time zones (Firefox 121 accepts
 * them), so a newer runtime may pass them to luxon. They are rejected here because an offset has
 * no daylight-saving rules.
 */
const OFFSET_PATTERN = /^(?:UTC|GMT)?\s*[+-]\s*\d{1,2}(?::?\d{2})?$/i;

/** Returns whether `value` names an IANA time zone, such as "Europe/Berlin" or "UTC". UTC offsets do not count. */
export function isIanaTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    return false;
  }
  if (OFFSET_PATTERN.test(value.trim())) {
    return false;
  }
  return IANAZone.isValidZone(value);
}

/**
 * Checks that the property is a string naming an IANA time zone, as luxon's `IANAZone.isValidZone`
 * accepts it. Plain UTC offsets ("+02:00", "UTC+2") are rejected. The message starts with the
 * property name, followed by the rejected value.
 */
export function IsIanaTimeZone(validationOptions?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: propertyName.toString(),
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${describeValue(args.value)} is not an IANA time zone; use a name such as 'Europe/Berlin'`,
        ...validationOptions,
      },
      validator: {
        validate: (value: unknown) => isIanaTimeZone(value),
      },
    });
  };
}
