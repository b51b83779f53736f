import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';

/**
 * Sends an error in the shape of Nest's HTTP exceptions, `{ statusCode, error, message }`, with the
 * reason phrase of the status as `error`. For middleware, which runs outside Nest's exception filters.
 */
export function sendError(response: Response, status: number, message: string): void {
  response.status(status).json({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
}
