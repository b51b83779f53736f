import { analyzeStrategy } from '../../../src/calendar/planner/phase-1-strategy-analysis';
import { makeStrategy } from './fixtures';

const sharesOf = (content: Parameters<typeof analyzeStrategy>[0]['content']) =>
  analyzeStrategy({ content }).output.pillars.map((pillar) => pillar.share);

describe('analyzeStrategy pillars', () => {
  it('gives string pillars equal shares', () => {
    const shares = sharesOf(makeStrategy({ contentPillars: ['Beginner pathway', 'Short routines', 'Community', 'Teachers'] }));

    expect(shares).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('normalises weights to sum 1', () => {
    const shares = sharesOf(
      makeStrategy({
        contentPillars: [
          { name: 'A', weight: 40 },
          { name: 'B', weight: 30 },
          { name: 'C', weight: 20 },
          { name: 'D', weight: 10 },
        ],
      }),
    );

    expect(shares).toEqual([0.4, 0.3, 0.2, 0.1]);
  });

  it('gives a pillar without weight the mean stated weight', () => {
    const shares = sharesOf(makeStrategy({ contentPillars: [{ name: 'A', weight: 3 }, { name: 'B', weight: 1 }, 'C'] }));

    expect(shares).toEqual([0.5, 1 / 6, 1 / 3]);
  });

  it('gives equal shares when every weight is zero', () => {
    const result = analyzeStrategy({
      content: makeStrategy({ contentPillars: [{ name: 'A', weight: 0 }, { name: 'B', weight: 0 }] }),
    });

    expect(result.output.pillars.map((pillar) => pillar.share)).toEqual([0.5, 0.5]);
    expect(result.warnings.some((warning) => warning.includes('weight 0'))).toBe(true);
  });

  it('drops duplicate pillar names with a warning', () => {
    const result = analyzeStrategy({ content: makeStrategy({ contentPillars: ['Close faster', 'close faster', 'Stories'] }) });

    expect(result.output.pillars.map((pillar) => pillar.name)).toEqual(['Close faster', 'Stories']);
    expect(result.warnings.some((warning) => warning.includes('listed twice'))).toBe(true);
  });

  it('derives pillars from content topics when none are stated', () => {
    const result = analyzeStrategy({
      content: makeStrategy({
        contentPillars: undefined,
        contentPreferences: { contentTopics: ['How-to guides', 'Industry insights'] },
      }),
    });

    expect(result.output.pillars.map((pillar) => [pillar.name, pillar.share, pillar.source])).toEqual([
      ['How-to guides', 0.5, 'contentTopics'],
      ['Industry insights', 0.5, 'contentTopics'],
    ]);
    expect(result.warnings.some((warning) => warning.includes('contentPillars is missing'))).toBe(true);
  });

  it('derives one pillar from the industry as a last resort', () => {
    const result = analyzeStrategy({ content: makeStrategy({ contentPillars: [], industry: 'Logistics' }) });

    expect(result.output.pillars).toEqual([{ name: 'Logistics', share: 1, keywords: [], source: 'industry' }]);
  });
});

describe('analyzeStrategy goals', () => {
  it('maps objectives to goal types by keyword', () => {
    const result = analyzeStrategy({
      content: makeStrategy({
        businessObjectives: [
          'Generate 300 sales-qualified leads per quarter',
          'Establish thought leadership in self-service analytics',
          'Reduce churn in the first 90 days through onboarding content',
          'Improve customer engagement',
          'Grow the newsletter to 5,000 subscribers',
        ],
      }),
    });

    expect(result.output.goals.objectives.map((objective) => objective.goalType)).toEqual([
      'conversion',
      'awareness',
      'retention',
      'engagement',
      'conversion',
    ]);
  });

  it('uses kpiMapping names when present', () => {
    const result = analyzeStrategy({
      content: makeStrategy({
        businessObjectives: ['Drive website traffic'],
        kpiMapping: { awareness: ['Website traffic', 'Brand mentions'] },
      }),
    });

    expect(result.output.goals.kpiSource).toBe('kpiMapping');
    expect(result.output.goals.objectives[0].kpis).toEqual(['Website traffic', 'Brand mentions']);
  });

  it('warns about an objective no keyword matches', () => {
    const result = analyzeStrategy({ content: makeStrategy({ businessObjectives: ['Be excellent'] }) });

    expect(result.output.goals.objectives[0]).toEqual(expect.objectContaining({ goalType: 'awareness', matchedBy: 'default' }));
    expect(result.warnings.some((warning) => warning.includes('"Be excellent"'))).toBe(true);
  });

  it('classifies the primary target metric', () => {
    const result = analyzeStrategy({ content: makeStrategy({ targetMetrics: { primaryMetric: 'Sales-qualified leads', targetValue: 1200 } }) });

    expect(result.output.goals.targetMetrics?.goalType).toBe('conversion');
  });
});

describe('analyzeStrategy brand voice and critical fields', () => {
  it('summarises an object brand voice', () => {
    const voice = analyzeStrategy({ content: makeStrategy() }).output.brandVoice;

    expect(voice?.summary).toBe('Expert, approachable. Plain language with numbers');
    expect(voice?.tone).toEqual(['Expert', 'Approachable']);
  });

  it('keeps a string brand voice', () => {
    const voice = analyzeStrategy({ content: makeStrategy({ brandVoice: 'Innovative' }) }).output.brandVoice;

    expect(voice?.summary).toBe('Innovative');
  });

  it('warns about each missing critical field', () => {
    const result = analyzeStrategy({ content: { name: 'Bare' } });

    expect(result.output.missingCriticalFields).toEqual([
      'contentPillars',
      'optimalTiming.timezone',
      'contentFrequency',
      'preferredFormats or consumptionPatterns.primaryChannels',
      'teamSize',
    ]);
    for (const field of result.output.missingCriticalFields) {
      expect(result.warnings.some((warning) => warning.includes(`Critical field ${field} is missing`))).toBe(true);
    }
  });

  it('scores a complete strategy above a bare one', () => {
    const complete = analyzeStrategy({ content: makeStrategy() }).qualityScore;
    const bare = analyzeStrategy({ content: { name: 'Bare' } }).qualityScore;

    expect(complete).toBeGreaterThan(bare);
    expect(bare).toBeGreaterThanOrEqual(0);
    expect(complete).toBeLessThanOrEqual(1);
  });

  it('reports completeness per field group', () => {
    const { completeness } = analyzeStrategy({ content: makeStrategy() }).output;

    expect(completeness.groups.identity).toBe(100);
    expect(completeness.groups.aiAnalysis).toBe(0);
    expect(completeness.overall).toBeGreaterThan(0);
    expect(completeness.overall).toBeLessThan(100);
  });
});
