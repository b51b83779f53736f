import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';

import { describeValue } from '../validation/describe-value';
import { sendError } from './error-response';
import { JSON_BODY_REJECTED, scanJsonBody } from './json-body-scanner';

const SEND_JSON = 'send the body as JSON with Content-Type: application/json';

/** Returns whether the request carries a body: a chunked one, or a Content-Length other than 0. */
function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length.trim() !== '0');
}

/**
 * Express middleware that rejects with 415 a request body that is not UTF-8 JSON: a body without
 * Content-Type, another media type (text/plain, forms, multipart, application/merge-patch+json),
 * or a charset other than utf-8, which RFC 8259 requires for JSON. Without it, the JSON parser
 * skips such a body, and the route receives an empty one. Requests without a body pass, so POST
 * …/activate and DELETE need no Content-Type.
 */
export function requireJsonContentType(request: Request, response: Response, next: NextFunction): void {
  if (!hasBody(request)) {
    next();
    return;
  }

  const header = request.headers['content-type'];
  if (header === undefined || header.trim() === '') {
    sendError(response, 415, `Request has a body but no Content-Type header; ${SEND_JSON}`);
    return;
  }

  const [mediaType, ...parameters] = header.split(';').map((part) => part.trim());
  if (mediaType.toLowerCase() !== 'application/json') {
    sendError(response, 415, `Content-Type ${describeValue(mediaType)} is not supported; ${SEND_JSON}`);
    return;
  }

  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    sendError(
      response,
      415,
      `charset ${describeValue(charset)} is not supported; send the JSON encoded as UTF-8, with ` +
        'Content-Type: application/json or application/json; charset=utf-8',
    );
    return;
  }
  next();
}

/**
 * Options of the JSON body parser: the size limit in bytes, and a `verify` hook that runs
 * `scanJsonBody` on the raw bytes before they are parsed.
 */
export function jsonBodyParserOptions(limitBytes: number) {
  return {
    limit: limitBytes,
    verify: (_request: IncomingMessage, _response: unknown, bytes: Buffer) => scanJsonBody(bytes),
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  message?: string;
}

/**
 * Express error handler that turns body-parser failures, and the rejections of `scanJsonBody`,
 * into the JSON error shape of every other response. Without it, Express responds to a malformed or
 * oversized body with an HTML page. Other errors go on to the next handler.
 */
export function bodyParserErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const parserError = error as BodyParserError | undefined;

  if (parserError?.type === 'entity.too.large') {
    sendError(response, 413, `Request body is larger than the limit of ${parserError.limit} bytes (MAX_BODY_BYTES)`);
    return;
  }

  if (parserError?.type === JSON_BODY_REJECTED) {
    sendError(response, 400, parserError.message ?? 'The request body was rejected');
    return;
  }

  if (parserError?.type === 'entity.parse.failed') {
    sendError(response, 400, `Request body is not valid JSON: ${parserError.message}`);
    return;
  }

  if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
    sendError(response, parserError.status, parserError.message ?? 'The request body could not be read');
    return;
  }

  new Logger('HTTP').error(`Unexpected error before routing: ${(error as Error)?.message ?? String(error)}`);
  next(error);
}
