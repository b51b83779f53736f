import { ArgumentsHost, BadRequestException, Logger } from '@nestjs/common';
import type { AbstractHttpAdapter } from '@nestjs/core';
import { QueryFailedError } from 'typeorm';

import {
  INTERNAL_ERROR_MESSAGE,
  UnhandledExceptionFilter,
  describeUnhandledError,
} from '../../../src/common/http/unhandled-exception.filter';

const SECRET_PARAMETER = 'secret-parameter-7f3a';

function queryFailure(): QueryFailedError {
  const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
    code: '22021',
    where: `unnamed portal parameter $2 = '${SECRET_PARAMETER}'`,
    detail: `Key (name)=(${SECRET_PARAMETER}) already exists.`,
  });
  return new QueryFailedError('INSERT INTO "users"("name") VALUES ($1)', [SECRET_PARAMETER], driverError);
}

function fakeResponse() {
  return {
    headersSent: false,
    statusCode: 200,
    body: undefined as unknown,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    json(body: unknown) {
      this.body = body;
      return this;
    },
    end: jest.fn(),
  };
}

function httpHost(request: object, response: object): ArgumentsHost {
  return {
    getType: () => 'http',
    getArgByIndex: (index: number) => [request, response][index],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response, getNext: () => undefined }),
  } as unknown as ArgumentsHost;
}

describe('UnhandledExceptionFilter', () => {
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    logged.mockRestore();
  });

  it('answers 500 without details', () => {
    const response = fakeResponse();
    const filter = new UnhandledExceptionFilter({} as AbstractHttpAdapter);
    filter.catch(queryFailure(), httpHost({ method: 'POST', path: '/v1/admin/users' }, response));

    expect(response.statusCode).toBe(500);
    expect(response.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: INTERNAL_ERROR_MESSAGE });
  });

  it('logs method, path, user and query without parameters', () => {
    const filter = new UnhandledExceptionFilter({} as AbstractHttpAdapter);
    const request = { method: 'PATCH', path: '/v1/strategies/abc', user: { id: 'user-1' } };
    filter.catch(queryFailure(), httpHost(request, fakeResponse()));

    expect(logged).toHaveBeenCalledTimes(1);
    const [line, stack] = logged.mock.calls[0] as [string, string];
    expect(line).toContain('PATCH /v1/strategies/abc failed (user user-1)');
    expect(line).toContain('QueryFailedError: invalid byte sequence for encoding "UTF8": 0x00');
    expect(line).toContain('query: INSERT INTO "users"("name") VALUES ($1)');
    expect(line).toContain('SQLSTATE 22021');
    expect(line).not.toContain(SECRET_PARAMETER);
    expect(stack).toMatch(/^QueryFailedError/);
    expect(stack).not.toContain(SECRET_PARAMETER);
  });

  it('logs a request without a user', () => {
    const filter = new UnhandledExceptionFilter({} as AbstractHttpAdapter);
    filter.catch(new Error('boom'), httpHost({ method: 'GET', path: '/health/ready' }, fakeResponse()));

    expect(logged.mock.calls[0][0]).toBe('GET /health/ready failed (no user): Error: boom');
  });

  it('only ends a response whose headers were sent', () => {
    const response = { ...fakeResponse(), headersSent: true };
    const filter = new UnhandledExceptionFilter({} as AbstractHttpAdapter);
    filter.catch(new Error('late'), httpHost({ method: 'GET', path: '/x' }, response));

    expect(response.end).toHaveBeenCalled();
    expect(response.body).toBeUndefined();
  });

  it('passes HttpExceptions to Nest unchanged', () => {
    const adapter = { isHeadersSent: () => false, reply: jest.fn(), end: jest.fn() };
    const filter = new UnhandledExceptionFilter(adapter as unknown as AbstractHttpAdapter);
    const response = fakeResponse();
    filter.catch(new BadRequestException(['name is required']), httpHost({ method: 'POST', path: '/x' }, response));

    expect(adapter.reply).toHaveBeenCalledWith(
      response,
      { statusCode: 400, error: 'Bad Request', message: ['name is required'] },
      400,
    );
    expect(logged).not.toHaveBeenCalled();
  });
});

describe('describeUnhandledError', () => {
  it('describes a thrown value that is not an Error', () => {
    expect(describeUnhandledError('text')).toBe('non-Error value thrown: string');
  });
});
