import type { NextFunction, Request, Response } from 'express';

import { describeValue } from '../validation/describe-value';
import { sendError } from './error-response';

/**
 * Object keys that Cadence rejects in request bodies and query strings: `__proto__`, `prototype` and
 * the names of Object.prototype members (`constructor`, `toString`, `hasOwnProperty`, …). Code that
 * copies or merges such a key may replace an object's prototype or shadow one of its methods, and
 * class-transformer drops them without a message.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** The rule as error messages state it. */
export const RESERVED_KEYS_RULE =
  '__proto__, prototype and the names of Object.prototype members, such as constructor and toString, are reserved';

/**
 * Express middleware that rejects with 400 a query string with a reserved parameter name, such as
 * `?__proto__=1` or `?constructor=x`. Express 5 parses query strings with node:querystring, so
 * parameter names are flat and are checked as they are.
 */
export function rejectReservedQueryKeys(request: Request, response: Response, next: NextFunction): void {
  const reserved = Object.keys(request.query).find((key) => RESERVED_KEYS.has(key));
  if (reserved === undefined) {
    next();
    return;
  }
  sendError(
    response,
    400,
    `Query parameter ${describeValue(reserved)} is not accepted because ${RESERVED_KEYS_RULE}; remove or rename the parameter`,
  );
}
