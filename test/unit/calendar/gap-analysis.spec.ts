import { deriveGapTopic } from '../../../src/calendar/planner/gap-topics';
import { keywordScore } from '../../../src/calendar/planner/gap-scores';
import { analyzeGaps } from '../../../src/calendar/planner/phase-2-gap-analysis';
import type { WeightedPillar } from '../../../src/calendar/planner/pillar-weights';
import { makeStrategy } from './fixtures';

const pillars: WeightedPillar[] = [
  { name: 'Close faster', share: 0.5, keywords: ['month-end close', 'reconciliation'], source: 'strategy' },
  { name: 'Self-service analytics', share: 0.3, keywords: ['finance dashboards'], source: 'strategy' },
  { name: 'Customer stories', share: 0.2, keywords: ['customer success'], source: 'strategy' },
];

describe('analyzeGaps', () => {
  it('ranks gaps by score, best first', () => {
    const { gaps } = analyzeGaps({
      content: makeStrategy({
        marketGaps: [
          { gapDescription: 'Low gap', priority: 'Low' },
          { gapDescription: 'High gap', priority: 'High' },
        ],
        gapAnalysis: { contentGaps: [{ description: 'Medium content gap', priority: 'Medium', impactScore: 0.8 }] },
      }),
      pillars,
    }).output;

    expect(gaps.map((gap) => gap.text)).toEqual(['High gap', 'Medium content gap', 'Low gap']);
    expect(gaps.map((gap) => gap.score)).toEqual([1, 0.7, 0.3]);
  });

  it('maps a gap to the pillar it shares words with', () => {
    const { gaps } = analyzeGaps({
      content: makeStrategy({
        marketGaps: [{ gapDescription: 'Little honest content on reconciling numbers between ERP and BI tools' }],
      }),
      pillars,
    }).output;

    expect(gaps[0].pillar).toBe('Close faster');
    expect(gaps[0].pillarOverlap).toBeGreaterThan(0);
  });

  it('spreads gaps without overlap over the pillars with the fewest gaps', () => {
    const { gaps } = analyzeGaps({
      content: makeStrategy({
        marketGaps: [
          { gapDescription: 'Zebra topic one', priority: 'High' },
          { gapDescription: 'Zebra topic two', priority: 'Medium' },
          { gapDescription: 'Zebra topic three', priority: 'Low' },
        ],
      }),
      pillars,
    }).output;

    expect(gaps.map((gap) => gap.pillar)).toEqual(['Close faster', 'Self-service analytics', 'Customer stories']);
    expect(gaps.every((gap) => gap.pillarOverlap === 0)).toBe(true);
  });

  it('ignores placeholder keywords with a warning', () => {
    const result = analyzeGaps({
      content: makeStrategy({
        marketGaps: [],
        gapAnalysis: {
          keywordOpportunities: [
            { keyword: 'opportunity_keyword_1', searchVolume: 3000 },
            { keyword: 'close checklist template', searchVolume: 900, competition: 'Low', relevanceScore: 0.9 },
          ],
        },
      }),
      pillars,
    });

    expect(result.output.gaps.map((gap) => gap.text)).toEqual(['close checklist template']);
    expect(result.output.skippedPlaceholders).toEqual(['opportunity_keyword_1']);
    expect(result.warnings.some((warning) => warning.includes('opportunity_keyword_1'))).toBe(true);
  });

  it('marks only High-priority gaps as high priority', () => {
    const { gaps } = analyzeGaps({ content: makeStrategy(), pillars }).output;

    expect(gaps.filter((gap) => gap.highPriority).map((gap) => gap.id)).toEqual(['market_gap-1']);
  });

  it('scores full overlap and high priority above none', () => {
    const matched = analyzeGaps({
      content: makeStrategy({ marketGaps: [{ gapDescription: 'Month-end close checklists', priority: 'High' }] }),
      pillars,
    }).qualityScore;
    const unmatched = analyzeGaps({
      content: makeStrategy({ marketGaps: [{ gapDescription: 'Zebra husbandry', priority: 'Low' }] }),
      pillars,
    }).qualityScore;

    expect(matched).toBe(1);
    expect(unmatched).toBe(0);
  });

  it('scores an empty analysis 0 with a warning', () => {
    const result = analyzeGaps({ content: makeStrategy({ marketGaps: [] }), pillars });

    expect(result.qualityScore).toBe(0);
    expect(result.warnings).toHaveLength(1);
  });
});

describe('keywordScore', () => {
  it('rewards relevance, low competition and volume', () => {
    expect(keywordScore(1, 'Low', 99_999)).toBeCloseTo(1, 3);
    expect(keywordScore(0, 'High', 0)).toBeCloseTo(0.09, 6);
  });
});

describe('deriveGapTopic', () => {
  it.each([
    ['No one publishes month-end close playbooks for teams without a data engineer', undefined, 'month-end close playbooks for teams without a data engineer'],
    ['Little honest content on reconciling numbers between ERP and BI tools', undefined, 'reconciling numbers between ERP and BI tools'],
    ['No local studio explains class levels for complete beginners', undefined, 'class levels for complete beginners'],
    ['Few short routines for shift workers', undefined, 'short routines for shift workers'],
    ['Missing content on emerging technologies', undefined, 'emerging technologies'],
    ['Board reporting examples are generic and not finance-specific', 'Annotated board pack examples', 'Annotated board pack examples'],
  ])('derives a topic from "%s"', (description, opportunity, expected) => {
    expect(deriveGapTopic(description, opportunity)).toBe(expected);
  });

  it('rejects a statement whose opportunity is a plan', () => {
    expect(deriveGapTopic('Competitors are louder', "Own the 'close faster' search topic cluster")).toBeUndefined();
  });
});
