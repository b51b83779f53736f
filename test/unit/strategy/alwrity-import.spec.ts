import * as fs from 'fs';
import * as path from 'path';

import { validateStrategyContent } from '../../../src/strategy/dto/validate-strategy-content';
import { AlwrityImportError, mapAlwrityDocument } from '../../../src/strategy/import/alwrity-import';
import type { ContentPillar, StrategyContent } from '../../../src/strategy/strategy-content';

/** Sample data sits beside the repository: `<repo>/../shared/data`. */
const DATA_DIR = path.resolve(__dirname, '../../../../shared/data');

function findJsonFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      return findJsonFiles(entryPath);
    }
    return entry.name.endsWith('.json') ? [entryPath] : [];
  });
}

const SAMPLE_FILES = findJsonFiles(DATA_DIR).sort();

async function importFile(file: string) {
  const mapped = mapAlwrityDocument(JSON.parse(fs.readFileSync(file, 'utf8')));
  const validated = await validateStrategyContent(mapped.content);
  return { mapped, validated };
}

async function importValid(file: string): Promise<StrategyContent> {
  const { validated } = await importFile(file);
  if ('errors' in validated) {
    throw new Error(`${path.basename(file)} failed validation: ${validated.errors.join('; ')}`);
  }
  return validated.content;
}

/** Checks of mapped values per sample file name. Files not listed here get the generic checks only. */
const KNOWN_FILES: Record<string, (content: StrategyContent) => void> = {
  'northwind-analytics.json': (content) => {
    const pillars = content.contentPillars as ContentPillar[];
    expect(pillars).toHaveLength(4);
    expect(pillars.map((pillar) => pillar.weight)).toEqual([40, 30, 20, 10]);
    expect(pillars[0].keywords).toContain('month-end close');
    expect(content.optimalTiming?.timezone).toBe('Europe/Berlin');
    expect(content.optimalTiming?.blogPosts).toEqual(['Tuesday Morning', 'Thursday Morning']);
    expect(content.teamSize).toBe(3);
    expect(content.competitivePosition).toBe('challenger');
    expect(content.contentPreferences?.preferredFormats).toContain('Case Studies');
    expect(content.marketGaps?.[0].gapDescription).toMatch(/month-end close playbooks/);
    expect(content.industryTrends?.[0].trendName).toBe('AI-assisted variance analysis');
    expect(content.emergingTrends?.[0].earlyAdoptionBenefit).toBe('Define the category vocabulary early');
    expect(content.contentMix?.blogPosts).toBe(40);
    expect(content.brandVoice).toMatchObject({ doS: expect.any(String), dontS: 'Do not promise AI magic' });
    expect(content.editorialGuidelines?.citationRequirements).toBe('Link primary sources for every statistic');
    expect(content.qualityMetrics).toMatchObject({ readability_score: 55 });
    expect(content.contentRoiTargets).toMatchObject({ measurement_period: 'Quarterly' });
    expect(content.targetAudience?.demographics).toMatchObject({ company_size: 'Mid-market' });
  },
  'harbour-yoga.json': (content) => {
    expect(content.contentPillars).toEqual(['Beginner pathway', 'Short routines', 'Community and events', 'Teacher spotlights']);
    expect(content.optimalTiming?.timezone).toBe('Australia/Sydney');
    expect(content.teamSize).toBe(1);
    expect(content.contentFrequency).toBe('Daily');
    expect(content.abTestingCapabilities).toBe(false);
    expect(content.contentMix?.blogPosts).toBe(0);
  },
  'test_data_user_1_strategy_1.json': (content) => {
    expect(content.name).toBe('Technology Content Strategy 1');
    expect(content.contentPillars).toHaveLength(6);
    expect(content.contentPillars?.every((pillar) => typeof pillar === 'string')).toBe(true);
    expect(content.brandVoice).toBe('Innovative');
    expect(content.businessObjectives).toContain('Drive website traffic');
    expect(content.kpiMapping?.awareness).toContain('Website traffic');
    expect(content.gapAnalysis?.keywordOpportunities).toHaveLength(10);
    expect(content.gapAnalysis?.contentGaps?.[0]).toMatchObject({ gapType: 'Topic Coverage', priority: 'High' });
    expect(content.editorialGuidelines?.rules).toContain('Use clear, concise language');
    expect(content.marketGaps?.map((gap) => gap.gapDescription)).toContain('Technical tutorials');
    expect(content.competitorContentStrategies?.contentThemes).toContain('Expert insights');
    expect(content.topCompetitors?.map((competitor) => competitor.name)).toContain('Competitor 6');
    expect(content.topCompetitors?.[0].strength).toBe('Publishing frequency');
    expect(content.marketPositioning).toBe('Leading technology solution provider');
    expect(content.comprehensiveAiAnalysis).toHaveProperty('strategic_intelligence');
  },
  'test_data_user_2_strategy_2.json': (content) => {
    expect(content.name).toBe('Consulting Content Strategy 2');
    expect(content.contentPillars).toEqual(['Case Studies', 'Best Practices', 'Expert Interviews']);
    expect(content.brandVoice).toBe('Professional');
    expect(content.kpiMapping?.awareness?.length).toBeGreaterThan(0);
    expect(content.gapAnalysis?.keywordOpportunities?.length).toBeGreaterThan(0);
  },
};

describe('mapAlwrityDocument on sample data', () => {
  it('finds the sample files', () => {
    expect(SAMPLE_FILES.length).toBeGreaterThan(0);
    const found = SAMPLE_FILES.map((file) => path.basename(file));
    expect(found).toEqual(expect.arrayContaining(Object.keys(KNOWN_FILES)));
  });

  describe.each(SAMPLE_FILES.map((file) => [path.relative(DATA_DIR, file), file]))('%s', (_name, file) => {
    it('passes validation', async () => {
      const { validated } = await importFile(file);
      expect(validated).not.toHaveProperty('errors');
    });

    it('has a non-empty name', async () => {
      const content = await importValid(file);
      expect(content.name.trim()).not.toBe('');
    });

    it('maps the expected values', async () => {
      const check = KNOWN_FILES[path.basename(file)];
      if (check === undefined) {
        return;
      }
      check(await importValid(file));
    });
  });
});

describe('mapAlwrityDocument format detection', () => {
  it('reads a name-only document as an enhanced strategy', () => {
    const result = mapAlwrityDocument({ name: 'Minimal' });
    expect(result.format).toBe('enhanced-strategy');
    expect(result.content).toEqual({ name: 'Minimal' });
  });

  it('accepts strategy_name as the name', () => {
    expect(mapAlwrityDocument({ strategy_name: 'From strategy_name' }).content.name).toBe('From strategy_name');
  });

  it('reads strategy_data as a calendar document', () => {
    expect(mapAlwrityDocument({ strategy_data: { strategy_name: 'Calendar' } }).format).toBe('calendar-document');
  });

  it('names an unnamed calendar document by strategy id', () => {
    const result = mapAlwrityDocument({ strategy_id: 7, strategy_data: {} });
    expect(result.content.name).toBe('Imported ALwrity strategy 7');
  });
});

describe('mapAlwrityDocument coercion', () => {
  it('turns numeric team_size strings into numbers', () => {
    expect(mapAlwrityDocument({ name: 'x', team_size: '3' }).content.teamSize).toBe(3);
  });

  it('turns numeric strings inside objects into numbers', () => {
    const content = mapAlwrityDocument({ name: 'x', content_mix: { blog_posts: ' 40 ' } }).content;
    expect(content.contentMix).toEqual({ blogPosts: 40 });
  });

  it('wraps a single string where a list is expected', () => {
    expect(mapAlwrityDocument({ name: 'x', business_objectives: 'Grow' }).content.businessObjectives).toEqual(['Grow']);
  });

  it('matches enum values ignoring case', () => {
    const content = mapAlwrityDocument({
      name: 'x',
      market_gaps: [{ gap_description: 'gap', priority: 'high' }],
      content_frequency: 'bi-weekly',
      competitive_position: 'Leader',
    }).content;
    expect(content.marketGaps).toEqual([{ gapDescription: 'gap', priority: 'High' }]);
    expect(content.contentFrequency).toBe('Bi-weekly');
    expect(content.competitivePosition).toBe('leader');
  });

  it('drops null fields and null list items', () => {
    const content = mapAlwrityDocument({ name: 'x', industry: null, seasonal_trends: ['Summer', null] }).content;
    expect(content).not.toHaveProperty('industry');
    expect(content.seasonalTrends).toEqual(['Summer']);
  });

  it('renames nested snake_case keys', () => {
    const content = mapAlwrityDocument({
      name: 'x',
      brand_voice: { do_s: 'Be concrete', dont_s: 'Hype' },
      optimal_timing: { blog_posts: ['Monday'], timezone: 'Europe/Berlin' },
    }).content;
    expect(content.brandVoice).toEqual({ doS: 'Be concrete', dontS: 'Hype' });
    expect(content.optimalTiming).toEqual({ blogPosts: ['Monday'], timezone: 'Europe/Berlin' });
  });

  it('keeps free-JSON keys as they are', () => {
    const content = mapAlwrityDocument({ name: 'x', strategic_scores: { overall_score: 0.8 } }).content;
    expect(content.strategicScores).toEqual({ overall_score: 0.8 });
  });

  it('turns competitor name strings into objects', () => {
    expect(mapAlwrityDocument({ name: 'x', top_competitors: ['Acme'] }).content.topCompetitors).toEqual([{ name: 'Acme' }]);
  });

  it('reads mixed pillar strings and objects', () => {
    const content = mapAlwrityDocument({ name: 'x', content_pillars: ['a', { name: 'b', weight: '2' }] }).content;
    expect(content.contentPillars).toEqual(['a', { name: 'b', weight: 2 }]);
  });

  it('turns a guideline list into rules', () => {
    const content = mapAlwrityDocument({ name: 'x', editorial_guidelines: ['Be brief'] }).content;
    expect(content.editorialGuidelines).toEqual({ rules: ['Be brief'] });
  });
});

describe('mapAlwrityDocument ignored fields', () => {
  it('reports an unknown top-level key', () => {
    const result = mapAlwrityDocument({ name: 'x', favourite_colour: 'blue' });
    expect(result.ignoredFields).toEqual(['favourite_colour']);
    expect(result.content).not.toHaveProperty('favourite_colour');
    expect(result.content).not.toHaveProperty('favouriteColour');
  });

  it('reports an unknown nested key with its path', () => {
    const result = mapAlwrityDocument({ name: 'x', target_metrics: { primary_metric: 'Leads', owner: 'Ann' } });
    expect(result.ignoredFields).toEqual(['target_metrics.owner']);
    expect(result.content.targetMetrics).toEqual({ primaryMetric: 'Leads' });
  });

  it('reports unused calendar document parts', () => {
    const result = mapAlwrityDocument({ user_id: 1, strategy_data: { strategy_name: 'x' }, performance_data: {} });
    expect(result.ignoredFields).toEqual(expect.arrayContaining(['user_id', 'performance_data']));
  });

  it('produces content that passes validation', async () => {
    const result = mapAlwrityDocument({ name: 'x', unknown_field: 1, target_metrics: { owner: 'Ann' } });
    expect(await validateStrategyContent(result.content)).toEqual({ content: { name: 'x', targetMetrics: {} } });
  });
});

describe('mapAlwrityDocument rejection', () => {
  it.each([
    ['a list', []],
    ['a string', 'strategy'],
    ['null', null],
    ['a number', 42],
  ])('rejects %s as the document', (_kind, document) => {
    expect(() => mapAlwrityDocument(document)).toThrow(AlwrityImportError);
    expect(() => mapAlwrityDocument(document)).toThrow(/must be a JSON object/);
  });

  it('rejects a document without name or strategy_data', () => {
    expect(() => mapAlwrityDocument({ industry: 'retail' })).toThrow(/neither a name nor strategy_data/);
  });

  it('rejects a blank name', () => {
    expect(() => mapAlwrityDocument({ name: '   ' })).toThrow(AlwrityImportError);
  });

  it('rejects pillars given as a number', () => {
    expect(() => mapAlwrityDocument({ name: 'x', content_pillars: 5 })).toThrow(
      'content_pillars must be a list of strings or {name, weight, keywords} objects, got a number',
    );
  });

  it('rejects an unreadable pillar item with its index', () => {
    expect(() => mapAlwrityDocument({ name: 'x', content_pillars: ['a', ['b']] })).toThrow(/content_pillars\[1\]/);
  });

  it('rejects a non-numeric team_size', () => {
    expect(() => mapAlwrityDocument({ name: 'x', team_size: 'three' })).toThrow("team_size must be a number, got 'three'");
  });

  it('rejects a nested object given as a string', () => {
    expect(() => mapAlwrityDocument({ name: 'x', optimal_timing: 'mornings' })).toThrow(
      'optimal_timing must be an object, got a string',
    );
  });

  it('rejects strategy_data that is not an object', () => {
    expect(() => mapAlwrityDocument({ strategy_data: ['x'] })).toThrow('strategy_data must be an object, got a list');
  });

  it('names the calendar path of an unreadable field', () => {
    expect(() => mapAlwrityDocument({ strategy_data: { kpi_mapping: 'awareness' } })).toThrow(
      'strategy_data.kpi_mapping must be an object, got a string',
    );
  });
});

describe('imported content after validation', () => {
  it('reports a value that maps but breaks a limit', async () => {
    const result = mapAlwrityDocument({ name: 'x', team_size: '0' });
    expect(await validateStrategyContent(result.content)).toEqual({
      errors: ['teamSize must be an integer from 1 to 1000, got 0'],
    });
  });

  it('reports an unknown enum value with the allowed values', async () => {
    const result = mapAlwrityDocument({ name: 'x', competitive_position: 'boss' });
    const validated = await validateStrategyContent(result.content);
    expect(validated).toEqual({
      errors: ["competitivePosition must be one of leader, challenger, niche, emerging; got 'boss'"],
    });
  });
});
