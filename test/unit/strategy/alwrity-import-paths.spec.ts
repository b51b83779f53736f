import { validateStrategyContent } from '../../../src/strategy/dto/validate-strategy-content';
import { AlwrityImportError, mapAlwrityDocument } from '../../../src/strategy/import/alwrity-import';

/** Maps and validates a document the way the import endpoint does, returning the messages in document terms. */
async function importErrors(document: Record<string, unknown>): Promise<string[]> {
  const mapped = mapAlwrityDocument(document);
  const validated = await validateStrategyContent(mapped.content);
  return 'errors' in validated ? mapped.toDocumentPaths(validated.errors) : [];
}

describe('import messages in document paths', () => {
  it('names the original index of a pillar after null items', async () => {
    expect(await importErrors({ name: 'n', content_pillars: [null, 'a', { name: null }] })).toEqual([
      'content_pillars[2].name is required',
    ]);
  });

  it('names snake_case fields at the top level', async () => {
    expect(await importErrors({ name: 'n', team_size: '0' })).toEqual([
      'team_size must be an integer from 1 to 1000, got 0',
    ]);
  });

  it('names nested snake_case fields', async () => {
    expect(await importErrors({ name: 'n', optimal_timing: { timezone: 'Mars/Base' } })).toEqual([
      "optimal_timing.timezone 'Mars/Base' is not an IANA time zone; use a name such as 'Europe/Berlin'",
    ]);
  });

  it('names list items of objects by their document index', async () => {
    const errors = await importErrors({
      name: 'n',
      market_gaps: [null, { gap_description: 'gap', priority: 'urgent' }],
    });
    expect(errors).toEqual(["market_gaps[1].priority must be one of High, Medium, Low; got 'urgent'"]);
  });

  it('names every problem of a joined message', async () => {
    const errors = await importErrors({
      name: 'n',
      content_pillars: [null, { name: 'a', weight: -1 }, null, { name: '' }],
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('content_pillars[1].weight');
    expect(errors[0]).toContain('content_pillars[3].name');
    expect(errors[0]).not.toContain('contentPillars');
  });

  it('names a single string read as a list without an index', async () => {
    const errors = await importErrors({ name: 'n', business_objectives: 'x'.repeat(600) });
    expect(errors).toEqual(['business_objectives must be at most 500 characters long, got 600']);
  });

  it('keeps the keys of number records', async () => {
    expect(await importErrors({ name: 'n', traffic_sources: { organic_search: -5 } })).toEqual([
      'traffic_sources.organic_search must be a number >= 0, got -5',
    ]);
  });

  it('names strategy_name as the name of a calendar document', async () => {
    const errors = await importErrors({ strategy_data: { strategy_name: 'x'.repeat(300) } });
    expect(errors).toEqual(['strategy_data.strategy_name must be 1 to 200 characters long, got 300']);
  });

  it('names calendar document paths', async () => {
    const errors = await importErrors({
      strategy_data: { strategy_name: 'Calendar', content_pillars: [null, { name: null }] },
    });
    expect(errors).toEqual(['strategy_data.content_pillars[1].name is required']);
  });

  it('names the source list of a merged competitor', async () => {
    const errors = await importErrors({
      strategy_data: { strategy_name: 'Calendar' },
      onboarding_data: { competitor_analysis: { top_performers: [null, 'x'.repeat(300)] } },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^onboarding_data\.competitor_analysis\.top_performers\[1\] must be/);
  });

  it('names competitor insight fields', async () => {
    const errors = await importErrors({
      strategy_data: { strategy_name: 'Calendar' },
      gap_analysis: { competitor_insights: [{ competitor: 'Acme', strength: 'y'.repeat(3000) }] },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^gap_analysis\.competitor_insights\[0\]\.strength must be/);
  });

  it('names gap analysis lists', async () => {
    const errors = await importErrors({
      strategy_data: { strategy_name: 'Calendar' },
      gap_analysis: { keyword_opportunities: [null, { keyword: 'k', competition: 'extreme' }] },
    });
    expect(errors).toEqual([
      "gap_analysis.keyword_opportunities[1].competition must be one of High, Medium, Low; got 'extreme'",
    ]);
  });

  it('leaves the rest of a message alone', async () => {
    expect(await importErrors({ name: 'n', competitive_position: 'boss' })).toEqual([
      "competitive_position must be one of leader, challenger, niche, emerging; got 'boss'",
    ]);
  });
});

describe('import numbers', () => {
  it.each([
    ['1e400', "content_budget must be a finite number, got '1e400'"],
    ['-1e400', "content_budget must be a finite number, got '-1e400'"],
  ])('rejects %s as not finite', (value, message) => {
    expect(() => mapAlwrityDocument({ name: 'n', content_budget: value })).toThrow(new AlwrityImportError(message));
  });

  it('rejects an infinite number value', () => {
    expect(() => mapAlwrityDocument({ name: 'n', team_size: Infinity })).toThrow(
      'team_size must be a finite number, got Infinity',
    );
  });

  it('still reads large finite numbers', () => {
    expect(mapAlwrityDocument({ name: 'n', content_budget: '1e300' }).content.contentBudget).toBe(1e300);
  });

  it('names the document index of an unreadable list item after null items', () => {
    expect(() => mapAlwrityDocument({ name: 'n', business_objectives: [null, null, { goal: 'x' }] })).toThrow(
      'business_objectives[2] must be a string, got an object',
    );
  });
});
