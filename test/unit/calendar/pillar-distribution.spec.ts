import { buildCalendarFramework } from '../../../src/calendar/planner/phase-4-calendar-framework';
import { distributePillars } from '../../../src/calendar/planner/phase-5-pillar-distribution';
import { analyzeStrategy } from '../../../src/calendar/planner/phase-1-strategy-analysis';
import { planPlatforms } from '../../../src/calendar/planner/phase-3-platform-strategy';
import { DEFAULT_PURPOSE_MIX } from '../../../src/calendar/planner/purpose-mix';
import type { CalendarRequest } from '../../../src/calendar/planner/types';
import type { StrategyContent } from '../../../src/strategy/strategy-content';
import { makeRequest, makeStrategy } from './fixtures';

function distribute(content: StrategyContent, request: CalendarRequest = makeRequest()) {
  const pillars = analyzeStrategy({ content }).output.pillars;
  const platformStrategy = planPlatforms({ content, request }).output;
  const slots = buildCalendarFramework({ request, platformStrategy }).output.slots;
  return { pillars, result: distributePillars({ content, pillars, slots }) };
}

const eightWeeksOnFourPlatforms = makeRequest({
  platforms: ['blog', 'linkedin', 'instagram', 'email'],
  postsPerWeek: { blog: 2, linkedin: 5, instagram: 4, email: 1 },
});

const weightedPillars = makeStrategy({
  contentPillars: [
    { name: 'Close faster', weight: 40 },
    { name: 'Self-service analytics', weight: 30 },
    { name: 'Customer stories', weight: 20 },
    { name: 'Product updates', weight: 10 },
  ],
});

describe('distributePillars', () => {
  it('keeps each pillar within one slot of its share over 8 weeks', () => {
    const { pillars, result } = distribute(weightedPillars, eightWeeksOnFourPlatforms);
    const entries = result.output.entries;

    expect(entries).toHaveLength(96);
    for (const pillar of pillars) {
      const count = entries.filter((entry) => entry.pillar === pillar.name).length;
      expect(Math.abs(count - pillar.share * entries.length)).toBeLessThanOrEqual(1);
    }
  });

  it('never repeats a pillar back to back on one platform', () => {
    const { result } = distribute(weightedPillars, eightWeeksOnFourPlatforms);
    const lastByPlatform = new Map<string, string>();
    const repeats: string[] = [];

    for (const entry of result.output.entries) {
      if (lastByPlatform.get(entry.platform) === entry.pillar) {
        repeats.push(`${entry.platform} ${entry.localDate} ${entry.pillar}`);
      }
      lastByPlatform.set(entry.platform, entry.pillar);
    }

    expect(repeats).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('never repeats a pillar on a single platform with two equal pillars', () => {
    const { result } = distribute(
      makeStrategy({ contentPillars: ['A', 'B'] }),
      makeRequest({ platforms: ['linkedin'], postsPerWeek: { linkedin: 7 } }),
    );
    const pillars = result.output.entries.map((entry) => entry.pillar);

    expect(pillars.some((pillar, index) => index > 0 && pillar === pillars[index - 1])).toBe(false);
  });

  it('alternates a dominant pillar and warns about its share', () => {
    const { result } = distribute(
      makeStrategy({ contentPillars: [{ name: 'Big', weight: 9 }, { name: 'Small', weight: 1 }] }),
      makeRequest({ platforms: ['linkedin'], postsPerWeek: { linkedin: 7 } }),
    );

    const pillars = result.output.entries.map((entry) => entry.pillar);

    expect(pillars.some((pillar, index) => index > 0 && pillar === pillars[index - 1])).toBe(false);
    expect(result.warnings.some((warning) => warning.startsWith('Pillar "Big" got'))).toBe(true);
  });

  it('assigns default purposes 45/30/17/8 within one slot', () => {
    const { result } = distribute(weightedPillars, eightWeeksOnFourPlatforms);
    const entries = result.output.entries;

    expect(result.output.purposeMixSource).toBe('default');
    for (const [purpose, share] of Object.entries(DEFAULT_PURPOSE_MIX)) {
      const count = entries.filter((entry) => entry.purpose === purpose).length;
      expect(Math.abs(count - share * entries.length)).toBeLessThanOrEqual(1);
    }
  });

  it('reads a purpose mix stated in contentMix', () => {
    const content = makeStrategy({
      contentMix: { blogPosts: 50, socialMedia: 50, educational: 50, promotional: 50 } as StrategyContent['contentMix'],
    });
    const { result } = distribute(content, eightWeeksOnFourPlatforms);
    const purposes = new Set(result.output.entries.map((entry) => entry.purpose));

    expect(result.output.purposeMixSource).toBe('strategy');
    expect([...purposes].sort()).toEqual(['educational', 'promotional']);
  });

  it('scores 1 minus the largest share error', () => {
    const { result } = distribute(weightedPillars, eightWeeksOnFourPlatforms);
    const errors = [...result.output.pillarShares, ...result.output.purposeShares].map((share) => share.absError);

    expect(result.qualityScore).toBeCloseTo(1 - Math.max(...errors), 10);
    expect(result.qualityScore).toBeLessThan(1);
  });

  it('keeps the slots in order and unchanged', () => {
    const content = weightedPillars;
    const request = eightWeeksOnFourPlatforms;
    const pillars = analyzeStrategy({ content }).output.pillars;
    const slots = buildCalendarFramework({ request, platformStrategy: planPlatforms({ content, request }).output }).output.slots;
    const entries = distributePillars({ content, pillars, slots }).output.entries;

    expect(entries.map(({ pillar, purpose, ...slot }) => slot)).toEqual(slots);
  });
});
