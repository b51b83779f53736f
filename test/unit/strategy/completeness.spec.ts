import * as fs from 'fs';
import * as path from 'path';

import { computeCompleteness, isFilled } from '../../../src/strategy/completeness';
import { validateStrategyContent } from '../../../src/strategy/dto/validate-strategy-content';
import { mapAlwrityDocument } from '../../../src/strategy/import/alwrity-import';
import { STRATEGY_FIELD_GROUPS, type StrategyContent } from '../../../src/strategy/strategy-content';

const NORTHWIND_FILE = path.resolve(__dirname, '../../../../shared/data/strategies/northwind-analytics.json');

/** Number of fields that count towards `overall`: every group except aiAnalysis. */
const USER_INPUT_FIELD_COUNT = Object.entries(STRATEGY_FIELD_GROUPS)
  .filter(([group]) => group !== 'aiAnalysis')
  .reduce((count, [, fields]) => count + fields.length, 0);

async function loadNorthwind(): Promise<StrategyContent> {
  const mapped = mapAlwrityDocument(JSON.parse(fs.readFileSync(NORTHWIND_FILE, 'utf8')));
  const validated = await validateStrategyContent(mapped.content);
  if ('errors' in validated) {
    throw new Error(validated.errors.join('; '));
  }
  return validated.content;
}

describe('computeCompleteness', () => {
  it('scores a name-only strategy as one filled field', () => {
    const result = computeCompleteness({ name: 'Only a name' });
    expect(result.overall).toBe(Math.round(100 / USER_INPUT_FIELD_COUNT));
  });

  it('scores a name-only strategy low', () => {
    expect(computeCompleteness({ name: 'Only a name' }).overall).toBeLessThan(5);
  });

  it('scores half of the identity group for a name only', () => {
    expect(computeCompleteness({ name: 'Only a name' }).groups.identity).toBe(50);
  });

  it('scores the northwind sample at 100', async () => {
    expect(computeCompleteness(await loadNorthwind()).overall).toBe(100);
  });

  it('scores every user-input group of the northwind sample at 100', async () => {
    const { groups } = computeCompleteness(await loadNorthwind());
    const { aiAnalysis, ...userInputGroups } = groups;
    expect(Object.values(userInputGroups).every((percent) => percent === 100)).toBe(true);
    expect(aiAnalysis).toBe(0);
  });

  it('ignores AI-analysis fields in overall', () => {
    const withAnalysis = computeCompleteness({
      name: 'x',
      comprehensiveAiAnalysis: { summary: 'fit' },
      strategicScores: { overall: 0.8 },
    });
    expect(withAnalysis.overall).toBe(computeCompleteness({ name: 'x' }).overall);
  });

  it('scores the AI-analysis group on its own', () => {
    expect(computeCompleteness({ name: 'x', strategicRisks: ['Small team'] }).groups.aiAnalysis).toBe(17);
  });

  it('does not count empty lists, objects or strings', () => {
    const result = computeCompleteness({
      name: 'x',
      industry: '  ',
      businessObjectives: [],
      targetMetrics: {},
      contentPreferences: { preferredFormats: [] },
      qualityMetrics: {},
      contentPillars: [],
    });
    expect(result.overall).toBe(computeCompleteness({ name: 'x' }).overall);
  });

  it('counts zero and false as filled', () => {
    const result = computeCompleteness({ name: 'x', contentBudget: 0, abTestingCapabilities: false });
    expect(result.overall).toBe(Math.round((3 / USER_INPUT_FIELD_COUNT) * 100));
  });

  it('returns integers', () => {
    const result = computeCompleteness({ name: 'x', industry: 'Retail', teamSize: 2 });
    expect([result.overall, ...Object.values(result.groups)].every(Number.isInteger)).toBe(true);
  });
});

describe('isFilled', () => {
  it.each([
    ['undefined', undefined, false],
    ['null', null, false],
    ['an empty string', '', false],
    ['a blank string', ' \t', false],
    ['an empty list', [], false],
    ['a list of empty strings', ['', ' '], false],
    ['an empty object', {}, false],
    ['an object of empty values', { a: null, b: [] }, false],
    ['zero', 0, true],
    ['false', false, true],
    ['a string', 'x', true],
    ['a list with a string', ['x'], true],
    ['an object with a value', { a: 1 }, true],
  ])('returns the right answer for %s', (_description, value, expected) => {
    expect(isFilled(value)).toBe(expected);
  });
});
