import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error; the failure was logged';

interface RequestWithUser extends Request {
  user?: { id: string };
}

/** Fields of TypeORM's QueryFailedError and the pg error it wraps that are safe to log. */
interface QueryFailure {
  query?: unknown;
  driverError?: { code?: unknown };
}

/**
 * Describes an error in one line for the log: its name, message and, for a failed query, the SQL
 * text and the SQLSTATE code. Query parameters are left out because they contain the request's
 * data, and so are pg's `detail` and `where`, which may quote it.
 */
export function describeUnhandledError(error: unknown): string {
  if (!(error instanceof Error)) {
    return `non-Error value thrown: ${typeof error}`;
  }
  const parts = [`${error.name}: ${error.message}`];
  const failure = error as QueryFailure;
  if (typeof failure.query === 'string') {
    parts.push(`query: ${failure.query}`);
  }
  if (typeof failure.driverError?.code === 'string') {
    parts.push(`SQLSTATE ${failure.driverError.code}`);
  }
  return parts.join('; ');
}

/**
 * Global filter for errors that are not HttpExceptions, such as a failed query. It logs the method,
 * path (without query string), user id, the error and its stack trace, and responds with 500
 * without details. Nest's own handler would log the whole error object, which for TypeORM's
 * QueryFailedError includes the query parameters. HttpExceptions, and errors of the http-errors
 * package, pass to Nest's handler unchanged.
 */
@Catch()
export class UnhandledExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('ExceptionsHandler');

  override catch(exception: unknown, host: ArgumentsHost): void {
    // isHttpError: errors of the http-errors package, such as those of express.static, carry their own 4xx status.
    if (exception instanceof HttpException || this.isHttpError(exception) || host.getType() !== 'http') {
      super.catch(exception, host);
      return;
    }

    const request = host.switchToHttp().getRequest<RequestWithUser>();
    const response = host.switchToHttp().getResponse<Response>();
    const user = request.user?.id === undefined ? 'no user' : `user ${request.user.id}`;
    const stack = exception instanceof Error ? exception.stack : undefined;
    this.logger.error(`${request.method} ${request.path} failed (${user}): ${describeUnhandledError(exception)}`, stack);

    if (response.headersSent) {
      response.end();
      return;
    }
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    response.status(status).json({ statusCode: status, error: 'Internal Server Error', message: INTERNAL_ERROR_MESSAGE });
  }
}
