import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { TextListField } from '../../../src/common/validation/field-decorators';
import { flattenValidationErrors, limitMessages } from '../../../src/common/validation/flatten-validation-errors';
import { CreateStrategyDto } from '../../../src/strategy/dto/strategy-content.dto';

class TagsDto {
  @TextListField({ description: 'Tags', maxItems: 500, maxLength: 10 })
  tags?: string[];
}

async function errorsOf<T extends object>(type: new () => T, plain: object): Promise<string[]> {
  return flattenValidationErrors(await validate(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }));
}

function numbered(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `message ${index}`);
}

describe('limitMessages', () => {
  it('keeps up to 50 messages', () => {
    expect(limitMessages(numbered(50))).toEqual(numbered(50));
  });

  it('counts one message over the limit', () => {
    expect(limitMessages(numbered(51))).toEqual([...numbered(50), '… and 1 more error']);
  });

  it('counts many messages over the limit', () => {
    const limited = limitMessages(numbered(120));
    expect(limited).toHaveLength(51);
    expect(limited[50]).toBe('… and 70 more errors');
  });
});

describe('validation error limits', () => {
  it('reports 50 unknown keys and counts the rest', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 80 }, (_, index) => [`extra${index}`, 1]));
    const errors = await errorsOf(CreateStrategyDto, { name: 'x', ...unknown });

    expect(errors).toHaveLength(51);
    expect(errors[0]).toBe('property extra0 should not exist');
    expect(errors[50]).toBe('… and 30 more errors');
  });

  it('names nested unknown keys with their path', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`extra${index}`, 1]));
    const errors = await errorsOf(CreateStrategyDto, { name: 'x', contentMix: unknown });

    expect(errors[0]).toBe('property contentMix.extra0 should not exist');
    expect(errors[50]).toBe('… and 10 more errors');
  });

  it('limits the problems joined into one message', async () => {
    const errors = await errorsOf(TagsDto, { tags: Array.from({ length: 300 }, () => 7) });

    expect(errors).toHaveLength(1);
    const problems = errors[0].split('; ');
    expect(problems).toHaveLength(51);
    expect(problems[0]).toBe('tags[0] must be a string, got a number');
    expect(problems[50]).toBe('… and 250 more errors');
  });

  it('reports only the size of a list that is too long', async () => {
    const errors = await errorsOf(CreateStrategyDto, { name: 'x', businessObjectives: Array.from({ length: 5000 }, () => 1) });
    expect(errors).toEqual(['businessObjectives must contain at most 50 items, got 5000']);
  });

  it('reports only the size of an object list that is too long', async () => {
    const competitors = Array.from({ length: 300 }, () => ({ name: 1 }));
    const errors = await errorsOf(CreateStrategyDto, { name: 'x', topCompetitors: competitors });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^topCompetitors must contain at most \d+ items, got 300$/);
  });

  it('reports only the key count of a number record with too many keys', async () => {
    const sources = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`source${index}`, 'many']));
    expect(await errorsOf(CreateStrategyDto, { name: 'x', trafficSources: sources })).toEqual([
      'trafficSources must have at most 50 keys, got 60',
    ]);
  });
});
