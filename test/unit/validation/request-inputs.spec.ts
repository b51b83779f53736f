import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';

import { flattenValidationErrors } from '../../../src/common/validation/flatten-validation-errors';
import { NonEmptyBodyPipe } from '../../../src/common/validation/non-empty-body.pipe';
import { uuidParam } from '../../../src/common/uuid-param.pipe';
import { CreateUserDto } from '../../../src/auth/dto/user.dto';
import { PageQueryDto } from '../../../src/strategy/dto/page-query.dto';
import { UpdateStrategyDto } from '../../../src/strategy/dto/strategy-content.dto';

// The options of the global ValidationPipe in app.factory.ts.
const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors)),
});

async function messageOf(run: () => Promise<unknown> | unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { message: unknown }).message;
  }
  throw new Error('expected a BadRequestException');
}

describe('PageQueryDto', () => {
  const metadata: ArgumentMetadata = { type: 'query', metatype: PageQueryDto };
  const parse = (query: Record<string, unknown>) => validationPipe.transform(query, metadata) as Promise<PageQueryDto>;

  it('uses the defaults without parameters', async () => {
    expect(await parse({})).toMatchObject({ limit: 20, offset: 0 });
  });

  it('reads decimal digits', async () => {
    expect(await parse({ limit: '007', offset: '40' })).toMatchObject({ limit: 7, offset: 40 });
  });

  it.each([
    ['abc', "'abc'"],
    ['', 'an empty value'],
    ['0x10', "'0x10'"],
    ['1e1', "'1e1'"],
    ['+5', "'+5'"],
    [' 5', "' 5'"],
    ['5.0', "'5.0'"],
    ['0', '0'],
    ['101', '101'],
  ])('rejects limit=%s with one message', async (value, shown) => {
    expect(await messageOf(() => parse({ limit: value }))).toEqual([
      `limit must be a whole number from 1 to 100, got ${shown}`,
    ]);
  });

  it('rejects a repeated limit with one message', async () => {
    expect(await messageOf(() => parse({ limit: ['5', '6'] }))).toEqual([
      "limit must be given once, got 2 values ('5', '6')",
    ]);
  });

  it('shows at most five values of a repeated parameter', async () => {
    const values = ['1', '2', '3', '4', '5', '6', '7'];
    expect(await messageOf(() => parse({ offset: values }))).toEqual([
      "offset must be given once, got 7 values ('1', '2', '3', '4', '5', …)",
    ]);
  });

  it('rejects a negative offset', async () => {
    expect(await messageOf(() => parse({ offset: '-1' }))).toEqual([
      "offset must be a whole number from 0 to 1000000, got '-1'",
    ]);
  });
});

describe('NonEmptyBodyPipe', () => {
  const message = 'PATCH body has no fields to change; send at least one strategy field';
  const pipe = new NonEmptyBodyPipe(message);

  it.each([
    ['an empty object', {}],
    ['only undefined fields', { industry: undefined }],
    ['an empty DTO instance', Object.assign(new UpdateStrategyDto(), { teamSize: undefined })],
    ['no body', undefined],
  ])('rejects %s', async (_case, body) => {
    expect(await messageOf(() => pipe.transform(body))).toBe(message);
  });

  it('passes a body with a field, null included', () => {
    expect(pipe.transform({ industry: null })).toEqual({ industry: null });
    expect(pipe.transform({ teamSize: 3 })).toEqual({ teamSize: 3 });
  });

  it('runs after the global pipe on an empty PATCH body', async () => {
    const dto = await validationPipe.transform({}, { type: 'body', metatype: UpdateStrategyDto });
    expect(await messageOf(() => pipe.transform(dto))).toBe(message);
  });
});

describe('uuidParam', () => {
  const metadata: ArgumentMetadata = { type: 'param', data: 'id' };

  it('repeats the rejected value', async () => {
    expect(await messageOf(() => uuidParam('id').transform('not-a-uuid', metadata))).toBe(
      "id must be a UUID such as 0b5e1f9a-2a44-4c55-9d7e-3f0c1e2d4b6a, got 'not-a-uuid'",
    );
  });

  it('accepts a UUID', async () => {
    await expect(uuidParam('id').transform('0B5E1F9A-2A44-4C55-9D7E-3F0C1E2D4B6A', metadata)).resolves.toBe(
      '0B5E1F9A-2A44-4C55-9D7E-3F0C1E2D4B6A',
    );
  });
});

describe('CreateUserDto', () => {
  const metadata: ArgumentMetadata = { type: 'body', metatype: CreateUserDto };

  it.each([
    ['a missing name', {}, 'name is required'],
    ['null', { name: null }, 'name is required'],
    ['a number', { name: 1 }, 'name must be a string, got a number'],
    ['spaces only', { name: '   ' }, 'name must be 1 to 200 characters long, got 0'],
    ['a long name', { name: 'x'.repeat(201) }, 'name must be 1 to 200 characters long, got 201'],
  ])('rejects %s with one message', async (_case, body, expected) => {
    expect(await messageOf(() => validationPipe.transform(body, metadata))).toEqual([expected]);
  });

  it('trims the name', async () => {
    expect(await validationPipe.transform({ name: '  Harbour Yoga ' }, metadata)).toEqual({ name: 'Harbour Yoga' });
  });
});
